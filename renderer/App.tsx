import { Suspense, useCallback, useEffect, useRef } from 'react';
import { IconButton } from './components/Button';
import { lazyComponent } from './components/lazy-component';
import { DomainSidebar } from './features/domains/DomainSidebar';
import { ImportButton } from './features/files/ImportButton';
import { OpenedFilesImport } from './features/files/OpenedFilesImport';
import { useFocusRequests } from './features/problems/useFocusRequests';
import { useAppearance } from './features/settings/useAppearance';
import { useGlobalKeys } from './features/shortcuts/useGlobalKeys';
import { DomainEditor } from './features/workspace/DomainEditor';
import { StoreProblemBanners } from './features/workspace/StoreProblemBanners';
import { UndoToast } from './features/workspace/UndoToast';
import { useAfterStartPainted } from './features/workspace/useAfterStartPainted';
import { useSaveOnLeave } from './features/workspace/useSaveOnLeave';
import { useUndoShortcuts } from './features/workspace/useUndoShortcuts';
import { useApp, useAppStore } from './store/store-context';

// Not needed for the first paint of a draft: the appearance settings (main.tsx fetches them at once,
// while the draft loads) and the shortcut list (fetched when "?" opens it).
export const AppSettingsPanel = lazyComponent(() =>
  import('./features/settings/AppSettingsPanel').then((m) => m.AppSettingsPanel),
);
const ShortcutSheet = lazyComponent(() =>
  import('./features/shortcuts/ShortcutSheet').then((m) => m.ShortcutSheet),
);

function MainArea() {
  const hasDraft = useApp((s) => s.draft !== null);
  const loading = useApp((s) => s.draftLoading);
  const error = useApp((s) => s.draftError);
  const anyDomain = useApp((s) => s.domains.length > 0);
  if (hasDraft) return <DomainEditor />;
  if (loading) return <p className="empty-state muted">Loading draft…</p>;
  if (error) {
    return (
      <div className="empty-state" role="alert">
        <h1>The draft could not be opened</h1>
        <p>{error}</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h1>Webhook Studio</h1>
      <p>
        {anyDomain
          ? 'Choose a domain on the left.'
          : 'Create a domain with “New domain” to draft its Profile and Location webhooks, or import a draft file.'}
      </p>
      <ImportButton />
    </div>
  );
}

/** The domain list and app settings, or, folded away, the one button that shows them again. */
function Sidebar() {
  const collapsed = useApp((s) => s.sidebarCollapsed);
  const setCollapsed = useApp((s) => s.setSidebarCollapsed);
  const toggled = useRef(false);
  // Keyboard focus follows the toggle, instead of falling to the page when its button goes away.
  useEffect(() => {
    if (!toggled.current) return;
    document.getElementById(collapsed ? 'sidebar-show' : 'sidebar-hide')?.focus();
  }, [collapsed]);
  const toggle = (next: boolean) => {
    toggled.current = true;
    setCollapsed(next);
  };
  if (collapsed) {
    return (
      <div className="sidebar collapsed">
        <IconButton
          id="sidebar-show"
          icon="right"
          label="Show the domain list"
          aria-expanded={false}
          onClick={() => toggle(false)}
        />
      </div>
    );
  }
  return (
    <div className="sidebar">
      <DomainSidebar onCollapse={() => toggle(true)} />
      <Suspense fallback={null}>
        <AppSettingsPanel.Component />
      </Suspense>
    </div>
  );
}

/** The whole UI: the domains sidebar beside the selected domain's editor (startApp asks the host first). */
export function App() {
  const store = useAppStore();
  const shortcutsOpen = useApp((s) => s.shortcutsOpen);
  useUndoShortcuts();
  useSaveOnLeave();
  useFocusRequests();
  useAppearance();
  useGlobalKeys();

  // The host's answers, with the store's problems so far, were asked for before this first render
  // (startApp in main.tsx); the event stream for later ones is opened once those answers are painted.
  useAfterStartPainted(useCallback(() => store.getState().watchStoreProblems(), [store]));

  return (
    <div className="app" data-app-shell>
      <StoreProblemBanners />
      <OpenedFilesImport />
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutSheet.Component />
        </Suspense>
      )}
      <UndoToast />
      <div className="workspace">
        <Sidebar />
        <main className="main">
          <MainArea />
        </main>
      </div>
    </div>
  );
}

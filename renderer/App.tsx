import { useEffect, useRef } from 'react';
import { IconButton } from './components/Button';
import { DomainSidebar } from './features/domains/DomainSidebar';
import { ImportButton } from './features/files/ImportButton';
import { OpenedFilesImport } from './features/files/OpenedFilesImport';
import { useFocusRequests } from './features/problems/useFocusRequests';
import { AppSettingsPanel } from './features/settings/AppSettingsPanel';
import { useAppearance } from './features/settings/useAppearance';
import { ShortcutSheet, useGlobalKeys } from './features/shortcuts/ShortcutSheet';
import { DomainEditor } from './features/workspace/DomainEditor';
import { StoreProblemBanners } from './features/workspace/StoreProblemBanners';
import { useSaveOnLeave } from './features/workspace/useSaveOnLeave';
import { useUndoShortcuts } from './features/workspace/useUndoShortcuts';
import { useApp, useAppStore } from './store/store-context';

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
      <AppSettingsPanel />
    </div>
  );
}

/** The whole UI: loads from the host, then the domains sidebar beside the selected domain's editor. */
export function App() {
  const store = useAppStore();
  useUndoShortcuts();
  useSaveOnLeave();
  useFocusRequests();
  useAppearance();
  useGlobalKeys();

  useEffect(() => {
    const state = store.getState();
    void state.loadAppInfo();
    void state.loadDomains();
    return state.watchStoreProblems();
  }, [store]);

  return (
    <div className="app" data-app-shell>
      <StoreProblemBanners />
      <OpenedFilesImport />
      <ShortcutSheet />
      <div className="workspace">
        <Sidebar />
        <main className="main">
          <MainArea />
        </main>
      </div>
    </div>
  );
}

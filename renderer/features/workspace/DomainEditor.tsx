import { lazy, Suspense } from 'react';
import { lazyComponent } from '../../components/lazy-component';
import { isFreshDraft } from '../../store/fresh-draft';
import { useApp } from '../../store/store-context';
import { WebhookEditor } from '../editor/WebhookEditor';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { DomainHeader } from './DomainHeader';
import { EditorTabs, tabButtonId, tabPanelId } from './EditorTabs';

// The Test and Publish tabs load on first use, so opening a draft does not wait for their code.
const HarnessPanel = lazy(() => import('../harness/HarnessPanel').then((m) => ({ default: m.HarnessPanel })));
const PublishPanel = lazy(() => import('../publish/PublishPanel').then((m) => ({ default: m.PublishPanel })));
// So do the Security and Catalogue tabs and the new-domain start screen, which a draft with rows never shows.
const SecurityPanel = lazyComponent(() => import('../security/SecurityPanel').then((m) => m.SecurityPanel));
const CataloguePanel = lazyComponent(() =>
  import('../catalogue/CataloguePanel').then((m) => m.CataloguePanel),
);
const StartScreen = lazyComponent(() => import('../start/StartScreen').then((m) => m.StartScreen));
const LOADING = <p className="tab-loading muted">Loading…</p>;

/** Everything about the selected domain: header, tabs, the active tab's panel and the problems list. */
export function DomainEditor() {
  const tab = useApp((s) => s.activeTab);
  const starting = useApp((s) => isFreshDraft(s.draft) && !s.startDismissed.includes(s.draft?.id ?? ''));
  if (starting) {
    return (
      <div className="domain-editor">
        <div className="editor-top">
          <DomainHeader />
        </div>
        <div className="editor-body">
          <Suspense fallback={LOADING}>
            <StartScreen.Component />
          </Suspense>
        </div>
      </div>
    );
  }
  return (
    <div className="domain-editor">
      <div className="editor-top">
        <DomainHeader />
        <EditorTabs />
      </div>
      <div className="editor-body">
        <div id={tabPanelId(tab)} role="tabpanel" aria-labelledby={tabButtonId(tab)} className="tab-panel">
          <Suspense fallback={LOADING}>
            {tab === 'profile' && <WebhookEditor key="profile" kind="profile" />}
            {tab === 'location' && <WebhookEditor key="location" kind="location" />}
            {tab === 'security' && <SecurityPanel.Component />}
            {tab === 'catalogue' && <CataloguePanel.Component />}
            {tab === 'test' && <HarnessPanel />}
            {tab === 'publish' && <PublishPanel />}
          </Suspense>
        </div>
        <ProblemsPanel />
      </div>
    </div>
  );
}

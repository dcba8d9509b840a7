import { lazy, Suspense } from 'react';
import { isFreshDraft } from '../../store/fresh-draft';
import { useApp } from '../../store/store-context';
import { CataloguePanel } from '../catalogue/CataloguePanel';
import { WebhookEditor } from '../editor/WebhookEditor';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { SecurityPanel } from '../security/SecurityPanel';
import { StartScreen } from '../start/StartScreen';
import { DomainHeader } from './DomainHeader';
import { EditorTabs, tabButtonId, tabPanelId } from './EditorTabs';

// The Test and Publish tabs load on first use, so opening a draft does not wait for their code.
const HarnessPanel = lazy(() => import('../harness/HarnessPanel').then((m) => ({ default: m.HarnessPanel })));
const PublishPanel = lazy(() => import('../publish/PublishPanel').then((m) => ({ default: m.PublishPanel })));

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
          <StartScreen />
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
          {tab === 'profile' && <WebhookEditor key="profile" kind="profile" />}
          {tab === 'location' && <WebhookEditor key="location" kind="location" />}
          {tab === 'security' && <SecurityPanel />}
          {tab === 'catalogue' && <CataloguePanel />}
          <Suspense fallback={<p className="tab-loading muted">Loading…</p>}>
            {tab === 'test' && <HarnessPanel />}
            {tab === 'publish' && <PublishPanel />}
          </Suspense>
        </div>
        <ProblemsPanel />
      </div>
    </div>
  );
}

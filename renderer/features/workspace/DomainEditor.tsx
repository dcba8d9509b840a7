import { useApp } from '../../store/store-context';
import { CataloguePanel } from '../catalogue/CataloguePanel';
import { WebhookEditor } from '../editor/WebhookEditor';
import { HarnessPanel } from '../harness/HarnessPanel';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { PublishPanel } from '../publish/PublishPanel';
import { SecurityPanel } from '../security/SecurityPanel';
import { DomainHeader } from './DomainHeader';
import { EditorTabs, tabButtonId, tabPanelId } from './EditorTabs';

/** Everything about the selected domain: header, tabs, the active tab's panel and the problems list. */
export function DomainEditor() {
  const tab = useApp((s) => s.activeTab);
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
          {tab === 'test' && <HarnessPanel />}
          {tab === 'publish' && <PublishPanel />}
        </div>
        <ProblemsPanel />
      </div>
    </div>
  );
}

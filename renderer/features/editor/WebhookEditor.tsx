import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { rowsOf } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { ApiDescriptionPanel } from '../openapi/ApiDescriptionPanel';
import { JitToggle } from './JitToggle';
import { MappingTable } from './MappingTable';
import { NotifyUrlField } from './NotifyUrlField';
import { PORTAL_PAGE } from './portal-help';
import { PostUrlField } from './PostUrlField';
import { TriggersSection } from './TriggersSection';
import { usePaintedOnce } from './usePaintedOnce';
import { WINDOW_FROM } from './useRowWindow';

/**
 * The Profile or Location webhook page: outgoing triggers and tables, incoming notify settings. A long
 * request table is a scroll area of its own that fills the window, so what follows it is out of view
 * when the page opens: it is rendered right after the first paint, which then shows the rows sooner.
 */
export function WebhookEditor({ kind }: { kind: WebhookKind }) {
  const title = kind === 'profile' ? 'Profile Webhook Settings' : 'Location Webhook Settings';
  const long = useApp((s) =>
    s.draft ? rowsOf(s.draft, kind, 'request_parameters').length > WINDOW_FROM : false,
  );
  const below = usePaintedOnce(long);
  return (
    <div className="webhook-editor">
      <section className="card" aria-labelledby={`${kind}-outgoing`}>
        <h2 id={`${kind}-outgoing`}>
          Outgoing <span className="heading-note">— {title}</span>
        </h2>
        <p className="section-description">Drafts the settings of {PORTAL_PAGE[kind]}, field for field.</p>
        <TriggersSection kind={kind} />
        <PostUrlField kind={kind} />
        <ApiDescriptionPanel kind={kind} />
        <MappingTable kind={kind} table="request_parameters" />
        {below && <MappingTable kind={kind} table="response_parameters" />}
      </section>
      {below && (
        <section className="card" aria-labelledby={`${kind}-incoming`}>
          <h2 id={`${kind}-incoming`}>Notifying MangoApps</h2>
          <NotifyUrlField kind={kind} />
          <MappingTable kind={kind} table="input_parameters" />
        </section>
      )}
      {below && kind === 'profile' && (
        <section className="card" aria-labelledby="profile-provisioning">
          <h2 id="profile-provisioning">Provisioning</h2>
          <JitToggle />
        </section>
      )}
    </div>
  );
}

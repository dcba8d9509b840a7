import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { RemoteBase, WebhookContent } from '../../../shared/model/remote';
import { diffContent } from '../../../shared/plan/plan';
import { Button } from '../../components/Button';
import { kindTitle } from './format';
import { PlanChanges } from './PlanChanges';
import { useVersionContent, type DomainVersion } from './useDomainVersions';

function Diff({
  title,
  from,
  to,
  kind,
}: {
  title: string;
  from: WebhookContent;
  to: WebhookContent;
  kind: WebhookKind;
}) {
  const changes = diffContent(from, to, kind);
  return (
    <section className="version-diff" aria-label={title}>
      <p className="version-diff-title">{title}</p>
      {changes.length ? <PlanChanges changes={changes} /> : <p className="muted">No differences.</p>}
    </section>
  );
}

/**
 * One domain version, read-only: what rolling back to it would change against the draft's current base,
 * what it changed against the version before it, and its whole configuration as JSON.
 */
export function VersionDetails({
  domainId,
  kind,
  version,
  previous,
  base,
  onClose,
}: {
  domainId: string;
  kind: WebhookKind;
  version: DomainVersion;
  previous: DomainVersion | undefined;
  base: RemoteBase | null;
  onClose(): void;
}) {
  const shown = useVersionContent(domainId, kind, version.version);
  const before = useVersionContent(domainId, kind, previous?.version ?? null);
  const title = `${kindTitle(kind)} version ${version.version}`;
  return (
    <section className="version-details" aria-label={title}>
      <div className="version-details-head">
        <h4>{title}</h4>
        <Button className="btn-small" onClick={onClose}>
          Close
        </Button>
      </div>
      {shown === null && <p className="muted">Reading version {version.version} from the domain…</p>}
      {shown && 'error' in shown && (
        <p className="message message-error" role="alert">
          {shown.error}
        </p>
      )}
      {shown && 'content' in shown && (
        <>
          {base && base.version !== version.version && (
            <Diff
              kind={kind}
              title={`Rolling back from the current base (version ${base.version}) to version ${version.version} would change`}
              from={base.content}
              to={shown.content}
            />
          )}
          {previous === undefined && <p className="muted">The first version the domain keeps.</p>}
          {previous && before && 'content' in before && (
            <Diff
              kind={kind}
              title={`Version ${version.version} changed, against version ${previous.version}`}
              from={before.content}
              to={shown.content}
            />
          )}
          {previous && before && 'error' in before && (
            <p className="message message-error">{`Version ${previous.version}: ${before.error}`}</p>
          )}
          <p className="version-diff-title" id={`json-${kind}-${version.version}`}>
            Configuration (read-only)
          </p>
          <pre className="version-json" tabIndex={0} aria-labelledby={`json-${kind}-${version.version}`}>
            {JSON.stringify(shown.content, null, 2)}
          </pre>
        </>
      )}
    </section>
  );
}

import { useState } from 'react';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { RemoteBase } from '../../../shared/model/remote';
import { Button } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { kindTitle, when } from './format';
import type { DomainVersion } from './useDomainVersions';
import { RollBackButton, VersionNumber } from './version-cells';
import { VersionDetails } from './VersionDetails';

/**
 * One webhook's live versions on the domain, newest first: each can be viewed (configuration and diffs),
 * and each but the draft's current base can be rolled back to.
 */
export function VersionTable({
  domainId,
  kind,
  versions,
  base,
  busy,
  onRollBack,
}: {
  domainId: string;
  kind: WebhookKind;
  versions: readonly DomainVersion[];
  base: RemoteBase | null;
  busy: boolean;
  onRollBack(version: DomainVersion): void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const title = kindTitle(kind);
  const index = versions.findIndex((v) => v.version === open);
  const shown = versions[index];
  return (
    <section className="history-webhook" aria-labelledby={`history-${kind}`}>
      <h3 id={`history-${kind}`}>{title}</h3>
      {versions.length === 0 ? (
        <p className="muted">The domain has no saved version of the {title} yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table history-table">
            <caption className="visually-hidden">{`${title}: live versions, newest first`}</caption>
            <DataTableHead columns={['Version', 'Saved', 'By', 'Note']} last="Actions" />
            <tbody>
              {versions.map((v) => {
                const current = base?.version === v.version;
                const name = `${title} version ${v.version}`;
                return (
                  <tr key={v.version} aria-current={open === v.version ? 'true' : undefined}>
                    <td>
                      <VersionNumber version={v.version} current={current} />
                    </td>
                    <td>{when(v.updated_at)}</td>
                    <td>{v.updated_by ?? '—'}</td>
                    <td>{v.note ?? ''}</td>
                    <td>
                      <div className="history-actions">
                        <Button
                          className="btn-small"
                          aria-expanded={open === v.version}
                          aria-label={`View ${name}`}
                          onClick={() => setOpen(open === v.version ? null : v.version)}
                        >
                          View
                        </Button>
                        {!current && <RollBackButton name={name} busy={busy} onClick={() => onRollBack(v)} />}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {shown && (
        <VersionDetails
          key={shown.version}
          domainId={domainId}
          kind={kind}
          version={shown}
          previous={versions[index + 1]}
          base={base}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import type { MergeChoice } from '../../../shared/plan/merge';
import type { ApplyOutcome } from '../../../shared/plan/outcome';
import { Icon, type IconName } from '../../components/Icon';
import { ConflictView } from './ConflictView';
import { kindTitle } from './format';
import { PlanChanges } from './PlanChanges';

type Tone = 'ok' | 'info' | 'warning' | 'danger';

function Shell({
  tone,
  icon,
  title,
  children,
}: {
  tone: Tone;
  icon: IconName;
  title: string;
  children?: ReactNode;
}) {
  return (
    <li className={`outcome outcome-${tone}`}>
      <Icon name={icon} />
      <div>
        <h4 className="outcome-title">{title}</h4>
        {children}
      </div>
    </li>
  );
}

/** What became of publishing one webhook, in plain words, with the next step when it did not land. */
export function OutcomeCard({
  outcome,
  busy,
  onResolve,
}: {
  outcome: ApplyOutcome;
  busy: boolean;
  onResolve(kind: WebhookKind, choices: Record<string, MergeChoice>): void;
}) {
  const hook = kindTitle(outcome.kind);
  switch (outcome.status) {
    case 'published':
      return (
        <Shell tone="ok" icon="check" title={`${hook}: published version ${outcome.version}`}>
          <p>Verified by reading it back: the live page holds exactly what was sent.</p>
          {outcome.note && <p className="host-message">{outcome.note}</p>}
        </Shell>
      );
    case 'unchanged':
      return (
        <Shell tone="info" icon="info" title={`${hook}: nothing to change`}>
          <p>The live page already holds this configuration (version {outcome.version}).</p>
        </Shell>
      );
    case 'verification_failed':
      return (
        <Shell
          tone="danger"
          icon="danger"
          title={`${hook}: saved as version ${outcome.version}, but not verified`}
        >
          {outcome.message ? (
            <p className="host-message">{outcome.message}</p>
          ) : (
            <>
              <p>Reading it back shows something other than what was sent. The live page differs here:</p>
              <PlanChanges changes={outcome.differences} headingLevel={4} />
              <p>
                Someone or something changed it right after the write. Pull, then review before publishing
                again.
              </p>
            </>
          )}
        </Shell>
      );
    case 'conflict':
      return (
        <Shell
          tone="warning"
          icon="warning"
          title={`${hook}: not published — changed on the domain meanwhile`}
        >
          <ConflictView
            key={outcome.conflict.live_version}
            conflict={outcome.conflict}
            busy={busy}
            onResolve={onResolve}
            headingLevel={5}
          />
        </Shell>
      );
    case 'rejected':
      return (
        <Shell tone="danger" icon="danger" title={`${hook}: refused by the domain — nothing was changed`}>
          <p className="host-message">{outcome.message}</p>
          {outcome.details && outcome.details.length > 0 && (
            <ul className="detail-list">
              {outcome.details.map((d, i) => (
                <li key={i}>
                  <code>{d.path}</code>: {d.message}
                </li>
              ))}
            </ul>
          )}
          <p>Fix the draft (or the connection), then plan again.</p>
        </Shell>
      );
    case 'not_applied':
      return (
        <Shell tone="warning" icon="warning" title={`${hook}: not published — the domain is unchanged`}>
          <p className="host-message">{outcome.message}</p>
          <p>Nothing changed on the domain. Plan again and publish when ready.</p>
        </Shell>
      );
    case 'unknown':
      return (
        <Shell tone="danger" icon="danger" title={`${hook}: result unknown`}>
          <p className="host-message">{outcome.message}</p>
          <p>
            It may or may not have landed, and nothing was retried. Pull from the domain to see what it holds,
            then review before publishing again.
          </p>
        </Shell>
      );
  }
}

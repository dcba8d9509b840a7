import { useId, useState } from 'react';
import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { defaultChoices, type MergeChoice } from '../../../shared/plan/merge';
import type { Conflict } from '../../../shared/plan/outcome';
import { Button } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { Icon } from '../../components/Icon';
import { RadioOption } from '../../components/RadioOption';
import { kindTitle, when } from './format';

const STATUS: Record<Conflict['items'][number]['status'], string> = {
  theirs: 'changed on the domain',
  mine: 'changed in your draft',
  conflict: 'changed on both sides',
};

const shown = (value: string | undefined) => value ?? '(none)';

/**
 * Someone changed the live page since the draft's base: base, live and draft side by side, and per
 * difference the admin's pick (defaults: the side that changed it; both changed → the draft).
 */
export function ConflictView({
  conflict,
  busy,
  onResolve,
  headingLevel = 4,
}: {
  conflict: Conflict;
  busy: boolean;
  onResolve(kind: WebhookKind, choices: Record<string, MergeChoice>): void;
  headingLevel?: 4 | 5;
}) {
  const Heading = headingLevel === 5 ? 'h5' : 'h4';
  const [choices, setChoices] = useState(() => defaultChoices(conflict.items));
  const prefix = useId();
  const who = conflict.updated_by ?? 'someone';
  const liveHeading = `Live v${conflict.live_version} (changed by ${who} at ${when(conflict.updated_at)})`;
  const headingId = `${prefix}-heading`;

  return (
    <section className="conflict" aria-labelledby={headingId}>
      <Heading id={headingId} className="conflict-title">
        <Icon name="warning" />
        {kindTitle(conflict.kind)} was changed on the domain by {who}
      </Heading>
      <p>
        Live version {conflict.live_version} was saved by {who} at {when(conflict.updated_at)}; your draft is
        based on version {conflict.base_version ?? 'unknown'}. Nothing has been published. For each
        difference, take theirs or keep yours; the result is then planned again.
      </p>
      <div className="table-scroll">
        <table className="data-table conflict-table">
          <caption className="visually-hidden">Differences between base, live and your draft</caption>
          <DataTableHead
            columns={['Setting', `Base v${conflict.base_version ?? '?'}`, liveHeading, 'Your draft', 'Use']}
          />
          <tbody>
            {conflict.items.map((item) => {
              const name = `${prefix}-${item.unit}`;
              const set = (choice: MergeChoice) => setChoices((c) => ({ ...c, [item.unit]: choice }));
              return (
                <tr key={item.unit} className={`merge-${item.status}`}>
                  <th scope="row">
                    {item.label}
                    <span className={`badge merge-badge merge-badge-${item.status}`}>
                      {STATUS[item.status]}
                    </span>
                  </th>
                  <td>{shown(item.base)}</td>
                  <td>{shown(item.live)}</td>
                  <td>{shown(item.draft)}</td>
                  <td>
                    <fieldset className="merge-choice">
                      <legend className="visually-hidden">{item.label}</legend>
                      <RadioOption
                        name={name}
                        checked={choices[item.unit] === 'theirs'}
                        onChoose={() => set('theirs')}
                      >
                        Take theirs
                      </RadioOption>
                      <RadioOption
                        name={name}
                        checked={choices[item.unit] === 'mine'}
                        onChoose={() => set('mine')}
                      >
                        Keep mine
                      </RadioOption>
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <Button variant="primary" disabled={busy} onClick={() => onResolve(conflict.kind, choices)}>
          {busy ? 'Merging…' : 'Apply my choices and review again'}
        </Button>
      </div>
    </section>
  );
}

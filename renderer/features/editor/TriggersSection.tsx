import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { TRIGGER_LABELS, triggersOf } from '../../../shared/model/triggers';
import { FieldMessages } from '../../components/FieldMessages';
import { setTrigger } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { problemsAt, spotKey } from '../problems/problem-index';
import { fieldId } from '../problems/targets';
import { useProblems } from '../problems/useProblems';
import { FIELD_HELP } from './portal-help';

const NONE: readonly string[] = [];

/** The outgoing trigger checkboxes, labelled as the Admin Portal labels them. */
export function TriggersSection({ kind }: { kind: WebhookKind }) {
  const triggers = useApp((s) => s.draft?.config[kind].outgoing.triggers ?? NONE);
  const edit = useApp((s) => s.edit);
  const problems = problemsAt(useProblems(), spotKey({ section: 'triggers', kind }));
  const id = fieldId({ section: 'triggers', kind });
  return (
    <fieldset
      id={id}
      className="triggers"
      aria-describedby={[`${id}-hint`, problems.length ? `${id}-message` : null].filter(Boolean).join(' ')}
    >
      <legend>Trigger events</legend>
      <div id={`${id}-hint`} className="field-hint">
        {FIELD_HELP.triggers}
      </div>
      <div className="checkbox-row">
        {triggersOf(kind).map((trigger) => (
          <label key={trigger} className="checkbox">
            <input
              type="checkbox"
              checked={triggers.includes(trigger)}
              onChange={(e) => edit((d) => setTrigger(d, kind, trigger, e.target.checked))}
            />
            {TRIGGER_LABELS[trigger] ?? trigger}
          </label>
        ))}
      </div>
      <FieldMessages id={`${id}-message`} problems={problems} />
    </fieldset>
  );
}

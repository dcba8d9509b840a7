import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import { Button } from '../../components/Button';

/** One catalogue as a table; custom fields get a Remove button. */
export function FieldList({
  kind,
  fields,
  onRemove,
}: {
  kind: WebhookKind;
  fields: readonly Field[];
  onRemove(field: Field): void;
}) {
  const title = kind === 'profile' ? 'Profile fields' : 'Location fields';
  const yes = (on: boolean | undefined) => (on ? 'Yes' : <span className="muted">—</span>);
  return (
    <section className="card" aria-labelledby={`${kind}-fields-heading`}>
      <h2 id={`${kind}-fields-heading`}>
        {title} <span className="heading-note">({fields.length})</span>
      </h2>
      <table className="data-table" aria-labelledby={`${kind}-fields-heading`}>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Key</th>
            <th scope="col">Type</th>
            <th scope="col">Read-only</th>
            <th scope="col">Unique</th>
            <th scope="col">Custom</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.key}>
              <th scope="row">{field.label}</th>
              <td>
                <code>{field.key}</code>
              </td>
              <td>{field.type}</td>
              <td>{yes(field.read_only)}</td>
              <td>{yes(field.unique)}</td>
              <td>{field.custom ? <span className="badge badge-custom">custom</span> : yes(false)}</td>
              <td>
                {field.custom && (
                  <Button
                    variant="ghost"
                    onClick={() => onRemove(field)}
                    aria-label={`Remove field ${field.label}`}
                  >
                    Remove
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useState } from 'react';
import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import { Button } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { FilterBox } from '../../components/FilterBox';
import { fieldMatches } from '../editor/field-filter';

const COLUMNS = ['Label', 'Key', 'Type', 'Read-only', 'Unique', 'Custom'];

/** One catalogue as a table, filtered by label or key; custom fields get a Remove button. */
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
  const [query, setQuery] = useState('');
  const shown = fields.filter((f) => fieldMatches(f, query));
  const yes = (on: boolean | undefined) => (on ? 'Yes' : <span className="muted">—</span>);
  return (
    <section className="card" aria-labelledby={`${kind}-fields-heading`}>
      <h2 id={`${kind}-fields-heading`}>
        {title} <span className="heading-note">({fields.length})</span>
      </h2>
      <FilterBox
        label={`Filter ${title.toLowerCase()}`}
        placeholder="Label or key"
        query={query}
        onQuery={setQuery}
        shown={shown.length}
        total={fields.length}
      />
      <table className="data-table" aria-labelledby={`${kind}-fields-heading`}>
        <DataTableHead columns={COLUMNS} last="Actions" />
        <tbody>
          {shown.map((field) => (
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
      {shown.length === 0 && <p className="table-empty">No field matches “{query.trim()}”.</p>}
    </section>
  );
}

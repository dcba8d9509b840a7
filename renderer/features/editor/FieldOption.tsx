import type { Field } from '../../../shared/model/field-catalogue';

/** One option of the field picker: label, key and type, with custom and read-only fields marked. */
export function FieldOption({
  id,
  field,
  active,
  selected,
  onPick,
}: {
  id: string;
  field: Field;
  active: boolean;
  selected: boolean;
  onPick(field: Field): void;
}) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      data-current={selected || undefined}
      className={active ? 'picker-option active' : 'picker-option'}
      // Keep focus in the input so the pick happens before its blur handler runs.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPick(field)}
    >
      <span className="picker-label">{field.label}</span>
      <code className="picker-key">{field.key}</code>
      <span className="picker-type">{field.type}</span>
      {field.custom && <span className="badge badge-custom">custom</span>}
      {field.read_only && <span className="badge">read-only</span>}
    </li>
  );
}

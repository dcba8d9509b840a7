import { useState, type FormEvent } from 'react';
import { FIELD_TYPES, type WebhookKind } from '../../../shared/model/field-catalogue';
import { Button } from '../../components/Button';
import { InputField } from '../../components/InputField';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { addCustomField } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { checkCustomField, type CustomFieldErrors, type CustomFieldInput } from './custom-field-form';

const KINDS: readonly SelectOption<WebhookKind>[] = [
  { value: 'profile', label: 'Profile fields' },
  { value: 'location', label: 'Location fields' },
];
const TYPES = FIELD_TYPES.map((t) => ({ value: t, label: t }));
const EMPTY: CustomFieldInput = { key: '', label: '', type: 'string', unique: false, read_only: false };

/** Adds a custom field (the domain's own) to the profile or location catalogue. */
export function AddFieldForm() {
  const edit = useApp((s) => s.edit);
  const catalogue = useApp((s) => s.draft?.catalogue ?? null);
  const [kind, setKind] = useState<WebhookKind>('profile');
  const [input, setInput] = useState<CustomFieldInput>(EMPTY);
  const [errors, setErrors] = useState<CustomFieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);

  function change<K extends keyof CustomFieldInput>(name: K, value: CustomFieldInput[K]) {
    setInput((i) => ({ ...i, [name]: value }));
    setAdded(null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!catalogue) return;
    const result = checkCustomField(input, catalogue[kind]);
    if (!result.ok) {
      setErrors(result.errors);
      document.getElementById(result.errors.key ? 'custom-key' : 'custom-label')?.focus();
      return;
    }
    edit((d) => addCustomField(d, kind, result.field));
    setErrors({});
    setInput(EMPTY);
    setAdded(`Added “${result.field.label}” (${result.field.key}) to the ${kind} fields.`);
  }

  return (
    <form
      className="card add-field"
      onSubmit={onSubmit}
      aria-labelledby="add-field-heading"
      noValidate
      data-native-undo
    >
      <h2 id="add-field-heading">Add a custom field</h2>
      <div className="form-grid">
        <SelectField id="custom-kind" label="Catalogue" value={kind} options={KINDS} onValue={setKind} />
        <InputField
          id="custom-key"
          label="Key"
          value={input.key}
          placeholder="custom_hris_id"
          spellCheck={false}
          error={errors.key}
          hint="snake_case: lower-case letters, digits and _"
          onValue={(key) => change('key', key)}
        />
        <InputField
          id="custom-label"
          label="Label"
          value={input.label}
          placeholder="HRIS ID"
          error={errors.label}
          onValue={(label) => change('label', label)}
        />
        <SelectField
          id="custom-type"
          label="Type"
          value={input.type}
          options={TYPES}
          onValue={(type) => change('type', type)}
        />
      </div>
      <div className="checkbox-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={input.unique}
            onChange={(e) => change('unique', e.target.checked)}
          />
          Unique (can identify a record)
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={input.read_only}
            onChange={(e) => change('read_only', e.target.checked)}
          />
          Read-only (admin-only edit)
        </label>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          Add field
        </Button>
        <span role="status" className="field-hint">
          {added}
        </span>
      </div>
    </form>
  );
}

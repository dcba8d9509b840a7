import { useState } from 'react';
import type { Field } from '../../../shared/model/field-catalogue';
import type { Sample } from '../../../shared/samples';
import { FormDialog } from '../../components/FormDialog';
import { InputField } from '../../components/InputField';

/** Edits one sample's label and values: every catalogue field, plus values for keys it does not list. */
export function SampleEditor({
  sample,
  catalogue,
  onSave,
  onClose,
}: {
  sample: Sample;
  catalogue: readonly Field[];
  onSave(sample: Sample): void;
  onClose(): void;
}) {
  const [label, setLabel] = useState(sample.label);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(sample.fields).map(([k, v]) => [k, v ?? ''])),
  );
  const extra = Object.keys(sample.fields).filter((k) => !catalogue.some((f) => f.key === k));
  const fields = [
    ...catalogue.map((f) => ({ key: f.key, label: f.label })),
    ...extra.map((k) => ({ key: k, label: k })),
  ];

  function save() {
    const out: Record<string, string | null> = {};
    for (const { key } of fields) {
      const v = values[key] ?? '';
      if (v !== '' || key in sample.fields) out[key] = v === '' ? null : v;
    }
    onClose();
    onSave({ ...sample, label: label.trim() || sample.label, fields: out, builtin: false });
  }

  return (
    <FormDialog
      title={`Edit sample ${sample.label}`}
      wide
      onClose={onClose}
      submitLabel="Save sample"
      onSubmit={save}
    >
      <InputField id="sample-label" label="Sample name" value={label} onValue={setLabel} data-autofocus />
      <div className="sample-fields">
        {fields.map((f) => (
          <InputField
            key={f.key}
            id={`sample-field-${f.key}`}
            label={
              <>
                {f.label}
                {f.label !== f.key && <code className="muted"> {f.key}</code>}
              </>
            }
            value={values[f.key] ?? ''}
            spellCheck={false}
            onValue={(v) => setValues({ ...values, [f.key]: v })}
          />
        ))}
      </div>
    </FormDialog>
  );
}

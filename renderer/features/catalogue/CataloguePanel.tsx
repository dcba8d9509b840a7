import { useState } from 'react';
import type { Field, WebhookKind } from '../../../shared/model/field-catalogue';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { removeCustomField, usagesOf } from '../../store/draft-edits';
import { useApp, useAppStore } from '../../store/store-context';
import { AddFieldForm } from './AddFieldForm';
import { FieldList } from './FieldList';

/** The field catalogues the mapping tables pick from: standard fields plus the domain's custom ones. */
export function CataloguePanel() {
  const catalogue = useApp((s) => s.draft?.catalogue ?? null);
  const store = useAppStore();
  const [removing, setRemoving] = useState<{ kind: WebhookKind; field: Field; uses: number } | null>(null);
  if (!catalogue) return null;

  function askRemove(kind: WebhookKind, field: Field) {
    const draft = store.getState().draft;
    setRemoving({ kind, field, uses: draft ? usagesOf(draft, kind, field.key) : 0 });
  }

  function confirmRemove() {
    if (!removing) return;
    store.getState().edit((d) => removeCustomField(d, removing.kind, removing.field.key));
    setRemoving(null);
  }

  return (
    <div className="webhook-editor">
      <p className="section-description">
        {catalogue.source === 'builtin'
          ? 'Standard MangoApps fields, until the catalogue is refreshed from the domain.'
          : `Pulled from the domain${catalogue.pulled_at ? ` on ${new Date(catalogue.pulled_at).toLocaleString()}` : ''}.`}
      </p>
      <AddFieldForm />
      <FieldList kind="profile" fields={catalogue.profile} onRemove={(f) => askRemove('profile', f)} />
      <FieldList kind="location" fields={catalogue.location} onRemove={(f) => askRemove('location', f)} />
      {removing && (
        <ConfirmDialog
          title={`Remove field “${removing.field.label}”?`}
          confirmLabel="Remove field"
          onConfirm={confirmRemove}
          onClose={() => setRemoving(null)}
          description={
            removing.uses > 0
              ? `${removing.uses === 1 ? 'One row maps' : `${removing.uses} rows map`} to ${removing.field.key}; ${removing.uses === 1 ? 'it' : 'they'} will show an error until you pick another field. You can undo this.`
              : `No row maps to ${removing.field.key}. You can undo this.`
          }
        />
      )}
    </div>
  );
}

import { Suspense, useState } from 'react';
import { Button } from '../../components/Button';
import { lazyComponent } from '../../components/lazy-component';

// The dialog and the export code it shows load when the button is first used.
const JsonViewDialog = lazyComponent(() => import('./JsonViewDialog').then((m) => m.JsonViewDialog));

/** Opens the read-only JSON view of the draft. */
export function JsonViewButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} title="Show the draft as Export writes it, with Copy">
        JSON
      </Button>
      {open && (
        <Suspense fallback={null}>
          <JsonViewDialog.Component onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

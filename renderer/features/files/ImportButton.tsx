import { useRef, useState } from 'react';
import { errorMessage } from '../../bridge';
import { Button, type ButtonVariant } from '../../components/Button';
import { ImportDialogs, importStage, type ImportStage } from './ImportDialogs';

/** Imports a draft file chosen by the admin; `label`/`inputLabel` name a second one (the start screen's). */
export function ImportButton({
  label = 'Import',
  inputLabel = 'Draft file to import',
  variant,
}: {
  label?: string;
  inputLabel?: string;
  variant?: ButtonVariant;
} = {}) {
  const input = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);

  async function onFile(file: File) {
    try {
      setStage(importStage(file.name, await file.text()));
    } catch (err) {
      setStage(importStage(file.name, '', errorMessage(err)));
    }
  }

  return (
    <>
      <Button variant={variant} onClick={() => input.current?.click()} title="Open a draft file (.json)">
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={inputLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again must fire change again
          if (file) void onFile(file);
        }}
      />
      {stage && <ImportDialogs stage={stage} onClose={() => setStage(null)} />}
    </>
  );
}

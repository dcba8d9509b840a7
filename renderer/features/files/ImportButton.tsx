import { useRef, useState } from 'react';
import { errorMessage } from '../../bridge';
import { Button } from '../../components/Button';
import { ImportDialogs, importStage, type ImportStage } from './ImportDialogs';

/** Imports a draft file chosen by the admin. */
export function ImportButton() {
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
      <Button onClick={() => input.current?.click()} title="Open a draft file (.json)">
        Import
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Draft file to import"
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

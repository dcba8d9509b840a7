import { Suspense, useRef, useState } from 'react';
import { errorMessage } from '../../bridge';
import { Button, type ButtonVariant } from '../../components/Button';
import { HiddenFileInput } from '../../components/HiddenFileInput';
import { ImportDialogs, readImportStage } from './import-flow';
import type { ImportStage } from './ImportDialogs';

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
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setStage(await readImportStage(file.name, '', errorMessage(err)));
      return;
    }
    setStage(await readImportStage(file.name, text));
  }

  return (
    <>
      <Button variant={variant} onClick={() => input.current?.click()} title="Open a draft file (.json)">
        {label}
      </Button>
      <HiddenFileInput ref={input} accept=".json,application/json" label={inputLabel} onFile={onFile} />
      {stage && (
        <Suspense fallback={null}>
          <ImportDialogs.Component stage={stage} onClose={() => setStage(null)} />
        </Suspense>
      )}
    </>
  );
}

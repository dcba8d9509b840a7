import { useState } from 'react';
import { errorMessage } from '../bridge';

/**
 * The step a dialog confirms: its button is busy while the step runs, the dialog closes when it succeeds,
 * and on a failure it stays open with the message, ready for another try.
 */
export function useDialogStep(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(step: () => Promise<unknown>) {
    setBusy(true);
    try {
      await step();
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return { busy, error, run, clearError: () => setError(null) };
}

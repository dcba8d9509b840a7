import { Suspense, useCallback, useEffect, useState } from 'react';
import type { OpenedFile } from '../../../shared/bridge/contract';
import { onFilesOpened, takeOpenedFiles } from '../../store/files-actions';
import { useAfterStartPainted } from '../workspace/useAfterStartPainted';
import { ImportDialogs, readImportStage } from './import-flow';
import type { ImportStage } from './ImportDialogs';

/**
 * Draft files the OS opened with the app (double-clicking a `.webhook.json`): taken from the host when
 * the UI starts and whenever more arrive, then imported one at a time through the ordinary import flow.
 * Asked once the start's answers have been painted: the host keeps them until taken, so none is missed.
 */
export function OpenedFilesImport() {
  const [queue, setQueue] = useState<OpenedFile[]>([]);
  const takeAndWatch = useCallback(() => {
    // The event only says "there is something"; taking is what hands each file over exactly once.
    const take = () =>
      takeOpenedFiles().then(
        (files) => files.length > 0 && setQueue((q) => [...q, ...files]),
        () => undefined,
      );
    const stop = onFilesOpened(() => void take());
    void take();
    return stop;
  }, []);

  useAfterStartPainted(takeAndWatch);

  const head = queue[0];
  const [stage, setStage] = useState<{ file: OpenedFile; stage: ImportStage } | null>(null);
  useEffect(() => {
    if (!head) return;
    let current = true;
    void readImportStage(head.name, head.text, head.error).then(
      (s) => current && setStage({ file: head, stage: s }),
    );
    return () => {
      current = false;
    };
  }, [head]);
  if (!head || stage?.file !== head) return null;
  return (
    <Suspense fallback={null}>
      <ImportDialogs.Component stage={stage.stage} onClose={() => setQueue((q) => q.slice(1))} />
    </Suspense>
  );
}

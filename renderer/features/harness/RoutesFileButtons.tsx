import { useRef } from 'react';
import type { RouteView } from '../../../shared/bridge/harness-schemas';
import { exportRoutes, parseRoutesFile } from '../../../shared/routes-file/format';
import { Button } from '../../components/Button';
import { HiddenFileInput } from '../../components/HiddenFileInput';
import { downloadText } from '../files/download';
import { fromDraft, toDraft, type RouteDraft } from './route-draft';

/** The file name routes export to; `webhook-studio receiver --routes` and `test --routes` read it. */
export const ROUTES_FILE_NAME = 'receiver-routes.json';

/**
 * Export and import of the receiver's routes in the routes-file format (schema/routes-1.schema.json), so
 * the routes tried here can run in CI. An imported file replaces the routes only when all of it checks out.
 */
export function RoutesFileButtons({
  routes,
  onImport,
  onProblem,
}: {
  routes: readonly RouteDraft[];
  onImport(routes: RouteDraft[]): void;
  onProblem(message: string | null): void;
}) {
  const file = useRef<HTMLInputElement>(null);
  const parsed = routes.map(fromDraft);
  const valid = parsed.every((p) => 'route' in p);

  async function onFile(f: File) {
    const read = parseRoutesFile(await f.text());
    if (!read.ok) {
      const list = read.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ');
      onProblem(`${f.name} was not imported: ${list}. The routes here are unchanged.`);
      return;
    }
    onProblem(null);
    onImport(read.routes.map(toDraft));
  }

  return (
    <>
      <Button
        onClick={() => {
          const list = parsed.map((p) => (p as { route: RouteView }).route);
          downloadText(ROUTES_FILE_NAME, exportRoutes(list));
        }}
        disabled={!valid || routes.length === 0}
        title="Save these routes as a file for webhook-studio receiver --routes and webhook-studio test --routes"
      >
        Export routes
      </Button>
      <Button onClick={() => file.current?.click()}>Import routes…</Button>
      <HiddenFileInput
        ref={file}
        accept=".json,application/json"
        label="Routes file to import"
        onFile={onFile}
      />
    </>
  );
}

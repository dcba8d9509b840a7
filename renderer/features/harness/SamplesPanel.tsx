import { useRef, useState } from 'react';
import type { ImportIssueView } from '../../../shared/bridge/harness-schemas';
import { builtinSamples, type Sample } from '../../../shared/samples';
import { Button, IconButton } from '../../components/Button';
import { DataTableHead } from '../../components/DataTableHead';
import { HiddenFileInput } from '../../components/HiddenFileInput';
import { useApp, useAppShallow } from '../../store/store-context';
import { IdentifierSummary } from './IdentifierSummary';
import { ImportReport } from './ImportReport';
import { ErrorNote } from './Notes';
import { SampleEditor } from './SampleEditor';
import { useHarness, useHarnessActions } from './useHarness';
import { useKindSamples, useSamplesLoader } from './useHarnessData';
import { useTask } from './useTask';

/** The samples the harness fires with: built-ins, the admin's edits and imports, and the identifier check. */
export function SamplesPanel() {
  const id = useApp((s) => s.draft?.id ?? '');
  const kind = useHarness((s) => s.kind);
  const all = useHarness((s) => s.samples?.samples ?? []);
  const report = useHarness((s) => s.samples?.identifier[kind] ?? null);
  const actions = useHarnessActions();
  const catalogue = useAppShallow((s) => s.draft?.catalogue[kind] ?? []);
  const samples = useKindSamples();
  const reload = useSamplesLoader();
  const [editing, setEditing] = useState<Sample | null>(null);
  const [imported, setImported] = useState<{
    fileName: string;
    imported: number;
    issues: ImportIssueView[];
  } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const task = useTask();
  const noun = kind === 'profile' ? 'user' : 'location';

  const save = (next: Sample[]) => task.run('save', () => actions.saveSamples({ id, samples: next }));

  async function onFile(f: File) {
    const text = await f.text();
    const format = /\.csv$/i.test(f.name) || !/^\s*[[{]/.test(text) ? 'csv' : 'json';
    await task.run('import', async () => {
      const out = await actions.importSamples({ id, format, text });
      setImported({ fileName: f.name, imported: out.imported, issues: out.issues });
    });
  }

  function addSample() {
    const fresh: Sample = {
      id: `${noun}-${Date.now().toString(36)}`,
      kind,
      label: `New ${noun}`,
      fields: {},
    };
    setEditing(fresh);
  }

  return (
    <>
      <section className="card" aria-labelledby="samples-heading">
        <div className="card-head">
          <h2 id="samples-heading">
            Sample {noun}s <span className="heading-note">({samples.length})</span>
          </h2>
          <div className="button-group">
            <Button onClick={addSample}>Add sample</Button>
            <Button onClick={() => file.current?.click()} title="MangoApps user-import CSV, or JSON">
              Import CSV or JSON
            </Button>
            <Button
              onClick={() =>
                void save([
                  ...all.filter((s) => !s.builtin),
                  ...builtinSamples().filter((b) => !all.some((s) => s.id === b.id)),
                ])
              }
              title="Adds back any built-in sample that was removed"
            >
              Restore built-ins
            </Button>
          </div>
        </div>
        <HiddenFileInput
          ref={file}
          accept=".csv,.json,text/csv,application/json"
          label="Samples file to import"
          onFile={onFile}
        />
        <p className="section-description">
          The {noun}s deliveries are built from. Values are keyed by catalogue field; import a CSV in the
          MangoApps user-import format or a JSON list.
        </p>
        <IdentifierSummary report={report} samples={samples} noun={noun} />
        {imported && <ImportReport {...imported} />}
        <table className="data-table" aria-label={`Sample ${noun}s`}>
          <DataTableHead
            columns={[
              'Name',
              kind === 'profile' ? 'Email' : 'Location ID',
              ...(report ? [`Identifier (${report.key})`] : []),
              'Source',
            ]}
            last="Actions"
          />
          <tbody>
            {samples.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                <td>{(kind === 'profile' ? s.fields['email'] : s.fields['location_id']) ?? '—'}</td>
                {report && <td>{s.fields[report.key] ?? <span className="note-warning">missing</span>}</td>}
                <td>{s.builtin ? 'built-in' : 'yours'}</td>
                <td className="row-actions">
                  <IconButton icon="pencil" label={`Edit ${s.label}`} onClick={() => setEditing(s)} />
                  <IconButton
                    icon="trash"
                    label={`Remove ${s.label}`}
                    className="btn-remove"
                    onClick={() => void save(all.filter((x) => x.id !== s.id))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <Button onClick={() => task.run('reload', reload)}>Re-check identifier</Button>
        </div>
        <ErrorNote message={task.error} />
      </section>
      {editing && (
        <SampleEditor
          sample={editing}
          catalogue={catalogue}
          onClose={() => setEditing(null)}
          onSave={(next) =>
            void save(
              all.some((s) => s.id === next.id)
                ? all.map((s) => (s.id === next.id ? next : s))
                : [...all, next],
            )
          }
        />
      )}
    </>
  );
}

import { Button } from '../../components/Button';

/** A live version's number, marked when it is the draft's current base. */
export function VersionNumber({ version, current }: { version: number; current: boolean }) {
  return (
    <span className="history-version">
      {version}
      {current && (
        <>
          {' '}
          <span className="badge">current base</span>
        </>
      )}
    </span>
  );
}

/** "Roll back to this version", named for screen readers by the version it restores (e.g. "Profile webhook version 4"). */
export function RollBackButton({ name, busy, onClick }: { name: string; busy: boolean; onClick(): void }) {
  return (
    <Button
      className="btn-small"
      disabled={busy}
      aria-label={`Roll back to this version: ${name}`}
      onClick={onClick}
    >
      Roll back to this version
    </Button>
  );
}

import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useApp } from '../../store/store-context';

/** Validation errors that keep the draft from being published, with the way to the Problems panel. */
export function BlockedList({ blocked }: { blocked: readonly { path: string; message: string }[] }) {
  const openProblems = useApp((s) => s.setProblemsOpen);
  return (
    <div className="result result-error blocked" role="alert">
      <Icon name="danger" />
      <div>
        <h3>
          Publishing is blocked:{' '}
          {blocked.length === 1 ? '1 validation error' : `${blocked.length} validation errors`}
        </h3>
        <p>The domain would refuse this draft. Fix these first; nothing was sent.</p>
        <ul className="detail-list">
          {blocked.map((b, i) => (
            <li key={i}>
              {b.message} <code>{b.path}</code>
            </li>
          ))}
        </ul>
        <Button
          onClick={() => {
            openProblems(true);
            // The panel renders on the next frame; move focus to its first problem so keyboard users land there.
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLElement>('#problems-panel .problem, #problems-panel button')
                ?.focus(),
            );
          }}
        >
          Open the Problems panel
        </Button>
      </div>
    </div>
  );
}

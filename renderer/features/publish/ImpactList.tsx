import type { Impact } from '../../../shared/plan/impacts';
import { Icon } from '../../components/Icon';

const RANK = { danger: 0, warning: 1, info: 2 } as const;
const WORD = { danger: 'Danger', warning: 'Warning', info: 'Note' } as const;
const ICON = { danger: 'danger', warning: 'warning', info: 'info' } as const;

/** What publishing sets in motion, most serious first; each level has its colour, icon and word. */
export function ImpactList({ impacts }: { impacts: readonly Impact[] }) {
  if (impacts.length === 0) return null;
  const ordered = [...impacts].sort((a, b) => RANK[a.level] - RANK[b.level]);
  return (
    <ul className="impact-list" aria-label="Impact">
      {ordered.map((impact, i) => (
        <li key={i} className={`impact impact-${impact.level}`}>
          <Icon name={ICON[impact.level]} />
          <span>
            <strong>{WORD[impact.level]}:</strong> {impact.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

import { useId } from 'react';
import { Button } from './Button';

/**
 * A search box over a list: what it filters by in its label, "n of m shown" beside it, a Clear button,
 * and Esc to clear while it holds text. `note` says why the filter changed by itself (e.g. cleared to
 * show a row a jump asked for).
 */
export function FilterBox({
  label,
  placeholder,
  query,
  onQuery,
  shown,
  total,
  note,
}: {
  label: string;
  placeholder: string;
  query: string;
  onQuery(query: string): void;
  shown: number;
  total: number;
  note?: string | null;
}) {
  const id = useId();
  const countId = `${id}-count`;
  return (
    <div className="filter-box" role="search" aria-label={label}>
      <input
        id={id}
        type="search"
        className="input"
        aria-label={label}
        aria-describedby={countId}
        placeholder={placeholder}
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query !== '') {
            // Only the filter: Esc must not also close a panel behind it.
            e.preventDefault();
            e.stopPropagation();
            onQuery('');
          }
        }}
      />
      <span id={countId} className="filter-count" role="status">
        {note ?? (query.trim() ? `${shown} of ${total} shown` : `${total} in all`)}
      </span>
      {query !== '' && (
        <Button className="btn-small" onClick={() => onQuery('')} aria-label={`Clear: ${label}`}>
          Clear
        </Button>
      )}
    </div>
  );
}

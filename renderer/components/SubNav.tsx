/** One page of a sub-navigation bar. */
export interface SubNavItem<T extends string> {
  id: T;
  label: string;
}

/** A bar of buttons that switch between a tab's pages; the page shown is marked aria-current. */
export function SubNav<T extends string>({
  label,
  items,
  current,
  onPick,
  className,
}: {
  /** The accessible name of the navigation. */
  label: string;
  items: readonly SubNavItem<T>[];
  current: T;
  onPick(id: T): void;
  className?: string;
}) {
  return (
    <nav className={['subnav', className].filter(Boolean).join(' ')} aria-label={label}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          className="subnav-item"
          aria-current={item.id === current ? 'true' : undefined}
          onClick={() => onPick(item.id)}
        >
          {item.label}
        </button>
      ))}
    </nav>
  );
}

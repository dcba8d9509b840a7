/** The few icons the app draws; stroked 16×16 paths so they follow `currentColor` in both themes. */
const PATHS = {
  pencil: 'M11.5 2.5l2 2L6 12H4v-2l7.5-7.5z',
  copy: 'M5.5 5.5h7v8h-7zM3.5 10.5v-8h7',
  trash: 'M3 4.5h10M6.5 4.5v-2h3v2M4.5 4.5l.7 9h5.6l.7-9M7 7v4.5M9 7v4.5',
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
  left: 'M10 3.5L5.5 8l4.5 4.5',
  right: 'M6 3.5L10.5 8 6 12.5',
  close: 'M4 4l8 8M12 4l-8 8',
  undo: 'M6 3.5L3 6.5l3 3M3.5 6.5H10a3 3 0 010 6H7',
  redo: 'M10 3.5l3 3-3 3M12.5 6.5H6a3 3 0 000 6h3',
  check: 'M3 8.5l3 3 7-7',
  warning: 'M8 2l6.5 11.5h-13zM8 6.5v3M8 11.5v.01',
  danger: 'M8 1.5a6.5 6.5 0 100 13 6.5 6.5 0 000-13zM5.5 5.5l5 5M10.5 5.5l-5 5',
  info: 'M8 1.5a6.5 6.5 0 100 13 6.5 6.5 0 000-13zM8 7v4.5M8 4.8v.01',
} as const;

/** Name of an icon. */
export type IconName = keyof typeof PATHS;

/** A decorative icon (hidden from assistive technology: the control around it carries the name). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

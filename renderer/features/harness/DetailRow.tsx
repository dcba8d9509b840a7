import type { ReactNode } from 'react';

/** The row opened under a table row: its details side by side, across every column. */
export function DetailRow({ id, columns, children }: { id?: string; columns: number; children: ReactNode }) {
  return (
    <tr id={id}>
      <td colSpan={columns}>
        <div className="inbox-detail">{children}</div>
      </td>
    </tr>
  );
}

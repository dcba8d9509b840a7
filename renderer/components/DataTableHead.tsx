/**
 * The header row of a data table: one column per name and, with `last`, a last column for the row's
 * buttons whose name only a screen reader reads (e.g. "Actions").
 */
export function DataTableHead({ columns, last }: { columns: readonly string[]; last?: string }) {
  return (
    <thead>
      <tr>
        {columns.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
        {last !== undefined && (
          <th scope="col">
            <span className="visually-hidden">{last}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}

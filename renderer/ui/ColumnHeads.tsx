// A data table's header row: one column header per name, and a last column
// for the row's buttons whose header is named "Actions" for screen readers
// only (sighted people see the buttons; a header cell must not be empty).
export function ColumnHeads({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

/**
 * A data table with a caption and header cells with scope. On narrow screens each row becomes a
 * small card, with the column name before every value.
 *
 * @example <Table caption="Teams" rows={teams} rowKey={(t) => t.id} columns={[{ header: 'Naam', cell: (t) => t.name, rowHeader: true }]} />
 */
import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The cell that names the row (rendered as <th scope="row">). */
  rowHeader?: boolean;
}

interface Props<T> {
  caption: string;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}

export function Table<T>({ caption, captionHidden = false, columns, rows, rowKey }: Props<T>) {
  return (
    <table className="table">
      <caption className={captionHidden ? 'visually-hidden' : 'table__caption'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.header} scope="row" data-label={column.header}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} data-label={column.header}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// One CSV cell, safe to open in Excel or WPS: quoted when needed, and a cell that starts with
// =, +, -, @ (or a tab or carriage return) is prefixed with ' so it is never run as a formula.

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s
}

/** Rows to CSV text with CRLF line ends and a BOM, which Excel needs to read UTF-8. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

// CSV as RFC 4180 has it (CRLF, quotes doubled), made safe to open in a spreadsheet: reader
// messages are untrusted, and a cell starting with "=" or "@" would run as a formula there.

export type CsvValue = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One cell: text that could start a formula gets a leading apostrophe; quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A whole file. It opens with a byte-order mark: without it, Excel reads UTF-8 as a legacy code
 * page and garbles every accented name in readers' messages.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${csvRow(header)}${rows.map(csvRow).join('')}`;
}

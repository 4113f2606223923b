import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('The map is missing a legend')).toBe('The map is missing a legend');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('Jakarta, Indonesia')).toBe('"Jakarta, Indonesia"');
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('keeps a spreadsheet from reading a message as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csvField('+1 to this')).toBe("'+1 to this");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('a = b, not a formula')).toBe('"a = b, not a formula"');
  });
});

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows after a byte-order mark', () => {
    const csv = toCsv(
      ['id', 'message'],
      [
        [1, 'Hello'],
        [2, 'Two\nlines, "quoted"'],
      ],
    );
    expect(csv).toBe('\uFEFFid,message\r\n1,Hello\r\n2,"Two\nlines, ""quoted"""\r\n');
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countCharacters, feedbackFormSchema } from './schema';

const base = { articleId: '7', idempotencyKey: randomUUID(), website: '' };
const parse = (message: string, extra: Record<string, unknown> = {}) =>
  feedbackFormSchema.safeParse({ ...base, message, ...extra });

describe('countCharacters', () => {
  it('counts what a person sees, ignoring surrounding spaces', () => {
    expect(countCharacters('  abc  ')).toBe(3);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
  });
});

describe('feedbackFormSchema', () => {
  it('refuses 29 characters and accepts 30', () => {
    expect(parse('a'.repeat(29)).success).toBe(false);
    expect(parse('a'.repeat(30)).success).toBe(true);
  });

  it('counts emoji and combining marks as one character each', () => {
    expect(parse(`${'a'.repeat(28)}👍🏽`).success).toBe(false);
    expect(parse(`${'a'.repeat(29)}👍🏽`).success).toBe(true);
    expect(parse(`${'a'.repeat(29)}e\u0301`).success).toBe(true);
    expect(parse(`${'a'.repeat(28)}e\u0301`).success).toBe(false);
  });

  it('refuses whitespace only and does not count surrounding whitespace', () => {
    const blank = parse(' \n\t '.repeat(20));
    expect(blank.success).toBe(false);
    expect(parse(`   ${'a'.repeat(29)}   `).success).toBe(false);
  });

  it('accepts 5,000 and refuses 5,001 with the count in the message', () => {
    expect(parse('b'.repeat(5000)).success).toBe(true);
    const result = parse('b'.repeat(5001));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Please keep it under 5,000 characters (you wrote 5,001).');
  });

  it('strips control characters but keeps newlines and tabs', () => {
    const result = parse(`Line one\u0000\u0007 is fine\r\n\tand line two is long enough.`);
    expect(result.success && result.data.message).toBe('Line one is fine\n\tand line two is long enough.');
  });

  it('keeps markup as typed: it is text, escaped when shown', () => {
    const markup = '<b>bold</b> <script>alert(1)</script> and more words here';
    const result = parse(markup);
    expect(result.success && result.data.message).toBe(markup);
  });

  it('checks the article, paragraph anchor, form key and honeypot', () => {
    expect(parse('c'.repeat(40), { articleId: 'abc' }).success).toBe(false);
    expect(parse('c'.repeat(40), { paragraph: 'p-3' }).success).toBe(true);
    expect(parse('c'.repeat(40), { paragraph: 'javascript:x' }).success).toBe(false);
    expect(parse('c'.repeat(40), { idempotencyKey: 'not-a-uuid' }).success).toBe(false);
    expect(parse('c'.repeat(40), { idempotencyKey: undefined }).success).toBe(true);
    expect(parse('c'.repeat(40), { website: 'http://spam.example' }).success).toBe(false);
  });
});

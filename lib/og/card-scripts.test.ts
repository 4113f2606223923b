import dns from 'node:dns';
import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderArticleCard } from './article-card';
import { findTofu } from './find-tofu';
import { renderBrandCard } from './render';
import { prepareCardText } from './text';

// Each writing system the newsroom uses, in a headline, a byline and a tag. The texts avoid 口
// and ロ, which look like the empty boxes the check below looks for (see find-tofu.ts).
const scripts = {
  'Latin with diacritics': {
    headline: 'Łódź, Şanlıurfa and Győr: Ærøskøbing’s “čeština” débâcle, Þórshöfn, Ñuñoa, Ŧ, ǅ, ș, ā',
    byline: 'Zoë Ångström, Jiří Dvořák and Þóra Sigurðardóttir',
    tag: 'Ísland–Ålborg',
  },
  Cyrillic: { headline: 'В Москве открылась новая станция метро «Ўзбекистон» и Ґанок', byline: 'Анна Петрова', tag: 'Россия' },
  Greek: { headline: 'Η Αθήνα ανοίγει νέο μουσείο για την αρχαία ἀγορά', byline: 'Γιώργος Παπαδόπουλος', tag: 'Ελλάδα' },
  Vietnamese: { headline: 'Hà Nội khánh thành tuyến đường sắt đô thị thứ hai', byline: 'Nguyễn Thị Hương', tag: 'Việt Nam' },
  Arabic: { headline: 'مجلس الوزراء يقر خطة جديدة لمواجهة الفيضانات في الإسكندرية', byline: 'فاطمة الزهراء', tag: 'مصر' },
  Devanagari: { headline: 'भारत के प्रधानमंत्री ने नई किताब का विमोचन किया', byline: 'अरविंद केजरीवाल', tag: 'भारत' },
  Thai: { headline: 'กรุงเทพมหานครเตรียมรับมือน้ำท่วมครั้งใหญ่ที่สุดในรอบสิบปี', byline: 'สมชาย ใจดี', tag: 'ประเทศไทย' },
  Chinese: { headline: '上海空气质量连续第三年改善，污染水平下降', byline: '王小明', tag: '中国' },
  Japanese: { headline: '東京都、新しい防災計画を発表　首都直下地震に備え', byline: '山田花子', tag: '日本' },
  Korean: { headline: '서울시, 새로운 대중교통 요금 체계 발표', byline: '김민준', tag: '한국' },
};

// Every way out of the process is watched: the fetch next/og would make, and the sockets and
// name lookups anything else would. next/og reads its own WebAssembly through fetch from data:
// URLs, which are not requests to anyone.
const attempts: string[] = [];

beforeAll(() => {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith('data:')) return realFetch(input, init);
    attempts.push(`fetch ${url}`);
    return Promise.reject(new Error(`No request may leave a test: ${url}`));
  });
  const refuse = (name: string) => (...args: unknown[]) => {
    attempts.push(`${name} ${String(args[0])}`);
    throw new Error(`No connection may leave a test: ${name}`);
  };
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net.Socket.connect'));
  const exits: [object, string][] = [[http, 'request'], [http, 'get'], [https, 'request'], [https, 'get'], [tls, 'connect'], [dns, 'lookup'], [dns.promises, 'lookup']];
  for (const [module, name] of exits) vi.spyOn(module as Record<string, () => unknown>, name).mockImplementation(refuse(name));
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function render(card: Promise<Response>) {
  return Buffer.from(await (await card).arrayBuffer());
}

describe.each(Object.entries(scripts))('share cards in %s', (_, text) => {
  it('carry every character in a font the card loaded, without asking any other server', { timeout: 60_000 }, async () => {
    const before = attempts.length;
    for (const role of ['serif', 'sans'] as const) {
      for (const weight of [400, 700] as const) {
        const { fields } = await prepareCardText({
          headline: { text: text.headline, role, weight, size: 40, color: '#000', width: 570 },
          byline: { text: text.byline, role, weight, size: 22, color: '#000' },
          tag: { text: text.tag, role, weight, size: 22, color: '#000', uppercase: true },
        });
        for (const field of Object.values(fields)) expect(field.missing).toEqual([]);
        if (fields.headline.kind === 'text') expect(fields.headline.text).toBe(text.headline.normalize('NFC'));
      }
    }
    expect(attempts.slice(before)).toEqual([]);
  });

  it('draws them without an empty box, and asks no other server', { timeout: 60_000 }, async () => {
    const before = attempts.length;
    const article = await render(
      renderArticleCard({ publication: 'Dateline', section: text.tag, headline: text.headline, byline: text.byline, date: 'Sat, November 28, 2026', heroSrc: null }),
    );
    const tag = await render(renderBrandCard({ publication: 'Dateline', kicker: text.tag, title: text.tag, description: text.headline }));
    expect(await findTofu(article)).toEqual([]);
    expect(await findTofu(tag)).toEqual([]);
    expect(attempts.slice(before)).toEqual([]);
  });
});

describe('Arabic', () => {
  it('is joined and runs from right to left', async () => {
    // محمد joins into one shape when shaped (four apart when not); the narrow و comes after it,
    // so, right to left, it stands on its left.
    const { fields } = await prepareCardText({ a: { text: 'محمد و', role: 'serif', weight: 700, size: 60, color: '#000' } });
    expect(fields.a.kind).toBe('image');
    if (fields.a.kind !== 'image') return;
    const png = Buffer.from(fields.a.src.replace(/^data:image\/png;base64,/, ''), 'base64');
    const words = await inkRuns(png);
    expect(words).toHaveLength(2);
    expect(words[1]!.width).toBeGreaterThan(2 * words[0]!.width);
  });

  it('starts a headline at the right edge of its column', { timeout: 60_000 }, async () => {
    const card = await render(
      renderArticleCard({ publication: 'Dateline', section: 'مصر', headline: 'خطة جديدة', byline: 'فاطمة الزهراء', date: 'Sat, November 28, 2026', heroSrc: null }),
    );
    const { data, info } = await sharp(card).greyscale().raw().toBuffer({ resolveWithObject: true });
    let [left, right] = [info.width, 0];
    for (let y = 150; y < 450; y++) {
      for (let x = 0; x < info.width; x++) {
        if (data[y * info.width + x]! < 128) [left, right] = [Math.min(left, x), Math.max(right, x)];
      }
    }
    // The column runs from x 315 to 885.
    expect(right).toBeGreaterThan(875);
    expect(left).toBeGreaterThan(500);
  });
});

/** Horizontal runs of ink, left to right, split where a column of the picture is blank. */
async function inkRuns(png: Buffer) {
  const { data, info } = await sharp(png).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true });
  const inked = (x: number) => Array.from({ length: info.height }, (_, y) => data[y * info.width + x]!).some((a) => a > 128);
  const runs: { x: number; width: number }[] = [];
  for (let x = 0; x < info.width; x++) {
    if (!inked(x)) continue;
    const last = runs.at(-1);
    if (last && last.x + last.width >= x - 2) last.width = x - last.x + 1;
    else runs.push({ x, width: 1 });
  }
  return runs;
}

describe('the empty-box check', () => {
  it('sees the boxes satori draws, and the requests it makes, for characters its fonts lack', { timeout: 60_000 }, async () => {
    const before = attempts.length;
    const font = (file: string) => fs.readFile(path.join(process.cwd(), 'node_modules/@fontsource', file));
    // The card fonts without Cyrillic, Arabic or Han: satori draws the last font's .notdef.
    const fonts = [
      { name: 'Serif', data: await font('source-serif-4/files/source-serif-4-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
      { name: 'Sans', data: await font('inter/files/inter-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
    ];
    const line = (family: string, size: number, words: string) => createElement('div', { style: { fontFamily: family, fontSize: size } }, words);
    const lacking = createElement(
      'div',
      { style: { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#fffefb', color: '#15161a' } },
      line('Serif', 46, 'Анна Петрова'),
      line('Sans', 22, 'مصر 中国'),
    );
    const png = Buffer.from(await new ImageResponse(lacking, { width: 1200, height: 630, fonts }).arrayBuffer());
    expect((await findTofu(png)).length).toBeGreaterThanOrEqual(16);
    expect(attempts.slice(before).length).toBeGreaterThan(0);
  });

  it('sees the boxes the shaper draws for characters its fonts lack', async () => {
    const png = await sharp({ text: { text: '\u{F0001} \u{F0002}', font: 'Inter 30px', dpi: 72 } }).png().toBuffer();
    expect(await findTofu(png)).toHaveLength(2);
  });
});

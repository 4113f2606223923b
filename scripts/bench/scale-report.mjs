// The archive-at-scale figures (scale.mjs) in bench/scale-results.json and in a block of their
// own in docs/benchmarks.md, so a run of `--scale` leaves the main bench's table as it was.
import fs from 'node:fs';
import os from 'node:os';

const start = '<!-- bench:scale -->';
const end = '<!-- /bench:scale -->';

export function printScaleTable(rows) {
  console.log('');
  console.table(
    rows.map((r) => ({
      figure: r.figure,
      value: `${r.value} ${r.unit}`.trim(),
      budget: r.budget,
      result: r.pass ? 'pass' : 'FAIL',
    })),
  );
}

export function writeScaleReport(scale, rows, quick) {
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    quick,
    scale,
  };
  fs.mkdirSync('bench', { recursive: true });
  fs.writeFileSync('bench/scale-results.json', `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  const table = [
    start,
    `Archive of ${scale.toLocaleString('en-US')} articles, measured ${machine.date} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}${quick ? ' (quick mode)' : ''}.`,
    '',
    '| figure | value | budget | result |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.figure.trim()} | ${r.value} ${r.unit} | ${r.budget} | ${r.pass ? 'pass' : '**FAIL**'} |`,
    ),
    end,
  ].join('\n');
  const file = 'docs/benchmarks.md';
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), table)
    : `${current.trimEnd()}\n\n${table}\n`;
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync(file, next);
  console.log('\nWrote bench/scale-results.json and docs/benchmarks.md (the archive block)');
}

import fs from 'node:fs';

const start = '<!-- bench:results -->';
const end = '<!-- /bench:results -->';

/** Replaces the results table in docs/benchmarks.md, keeping the notes written around it. */
export function writeReport(machine, rows) {
  const table = [
    start,
    `Measured ${machine.date} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}${machine.quick ? ' (quick mode)' : ''}.`,
    '',
    '| figure | value | budget | result |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.figure.trim()} | ${r.value} ${r.unit} | ${r.budget} | ${r.pass ? 'pass' : '**FAIL**'} |`),
    end,
  ].join('\n');
  const file = 'docs/benchmarks.md';
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const next = current.includes(start) ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), table) : `${current}\n${table}\n`;
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync(file, next);
}

// Fronts in the bench: how long readers still get the old front after a launch returns, and
// what drawing a front costs when nothing of it is cached (the automatic home page, and one of
// ten containers with pinned slots). The editor's side runs in scripts/bench/front-editor.ts.
import { spawn } from 'node:child_process';
import http from 'node:http';
import readline from 'node:readline';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GET on a connection of its own (so every server process is asked in turn). */
function get(url) {
  const started = performance.now();
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, cache: response.headers['x-dateline-cache'], ms: performance.now() - started }),
        );
      })
      .on('error', () => resolve({ status: 0, body: '', cache: undefined, ms: performance.now() - started }));
  });
}

/** The front editor process: `run(command)` resolves with when the command returned. */
function startFrontEditor(env) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/front-editor.ts'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{')) return; // the database's own messages
    const answer = JSON.parse(line);
    const next = waiting.shift();
    if (answer.error) next?.reject(new Error(answer.error));
    else next?.resolve(answer.returnedAt);
  });
  return {
    run: (command) =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${command}\n`);
      }),
    stop: () => child.stdin.end(),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median time of the first answer after the front's tag expired: a render with nothing cached. */
async function renderTime(url, editor, rounds) {
  const times = [];
  let cached = 0;
  for (let i = 0; i < rounds; i++) {
    await editor.run('expire home');
    const answer = await get(url);
    if (answer.cache === 'hit') cached++;
    times.push(answer.ms);
  }
  return { ms: median(times), cached };
}

/**
 * Readers arrive every `everyMs` whatever the server is doing (as real readers do), before and
 * after a launch that pins `slug` first with a headline of its own; the figure is the time from
 * the launch returning to the last request sent after it that was answered with the old front.
 */
async function launchReach(baseUrl, editor, slug, everyMs = 10) {
  const marker = `Launched for the bench ${Date.now().toString(36)}`;
  const answers = [];
  const clock = setInterval(() => {
    const sentAt = Date.now();
    answers.push(get(`${baseUrl}/`).then((a) => ({ sentAt, status: a.status, launched: a.body.includes(marker) })));
  }, everyMs);
  await sleep(2_000);
  const returnedAt = await editor.run(`pin home ${slug} ${marker}`);
  await sleep(3_000);
  clearInterval(clock);
  const after = (await Promise.all(answers)).filter((a) => a.sentAt >= returnedAt);
  const stale = after.filter((a) => !a.launched);
  return {
    lingerMs: Math.max(returnedAt, ...stale.map((a) => a.sentAt)) - returnedAt,
    requestsAfter: after.length,
    errors: after.filter((a) => a.status !== 200).length,
  };
}

/** `slug`: a published article to pin. `withRenders`: also time the automatic and ten-container fronts. */
export async function measureFronts(baseUrl, slug, env, { withRenders = true, rounds = 15 } = {}) {
  const editor = startFrontEditor(env);
  try {
    const automatic = withRenders ? await renderTime(`${baseUrl}/`, editor, rounds) : null;
    const reach = await launchReach(baseUrl, editor, slug);
    let ten = null;
    if (withRenders) {
      await editor.run('ten home');
      ten = await renderTime(`${baseUrl}/`, editor, rounds);
    }
    return { automatic, ten, reach };
  } finally {
    editor.stop();
  }
}

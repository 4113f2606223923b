import http from 'node:http';

// Readers as the server meets them under load: each request on a new connection, so the
// server's worker processes take them in turn and every one of them is asked.

export interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export function getOnNewConnection(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      })
      .on('error', reject);
  });
}

/**
 * `readers` clients requesting `urls` back to back until stopped, as a story's readers do while
 * an editor works on it. stop() resolves with how many requests they made.
 */
export function hammer(urls: string[], readers = 6): { stop: () => Promise<number> } {
  let running = true;
  let requests = 0;
  const loops = Array.from({ length: readers }, async (_, reader) => {
    for (let i = reader; running; i++) {
      await getOnNewConnection(urls[i % urls.length]!).catch(() => null);
      requests++;
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return requests;
    },
  };
}

/** `count` fresh requests for `url`, a few at a time, spread over the server's processes. */
export async function freshAnswers(url: string, count = 30): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < count; i += 5) {
    answers.push(...(await Promise.all(Array.from({ length: Math.min(5, count - i) }, () => getOnNewConnection(url)))));
  }
  return answers;
}

export interface TimedAnswer {
  sentAt: number;
  status: number;
}

/**
 * Readers arriving on a clock, one every `everyMs` on a new connection, whatever the server is
 * doing: real readers do not wait for each other's answers, so some arrive while a render runs.
 */
export function onClock(url: string, everyMs = 10): { stop: () => Promise<TimedAnswer[]> } {
  const answers: Promise<TimedAnswer | null>[] = [];
  const timer = setInterval(() => {
    const sentAt = Date.now();
    answers.push(getOnNewConnection(url).then(({ status }) => ({ sentAt, status }), () => null));
  }, everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      return (await Promise.all(answers)).filter((answer): answer is TimedAnswer => answer !== null);
    },
  };
}

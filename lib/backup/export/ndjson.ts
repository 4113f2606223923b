import { once } from 'node:events';
import fs from 'node:fs';

/** One JSON value per line, written as it comes, so an archive of any size is never held whole in memory. */
export class NdjsonFile {
  readonly #stream: fs.WriteStream;
  #error: Error | undefined;
  lines = 0;

  constructor(file: string) {
    // Opened here, so a file that already exists stops the export at once.
    this.#stream = fs.createWriteStream(file, { fd: fs.openSync(file, 'wx') });
    this.#stream.on('error', (error) => (this.#error = error));
  }

  async write(value: unknown): Promise<void> {
    if (this.#error) throw this.#error;
    this.lines++;
    if (!this.#stream.write(`${JSON.stringify(value)}\n`)) await once(this.#stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.#error) throw this.#error;
    this.#stream.end();
    await once(this.#stream, 'finish');
  }
}

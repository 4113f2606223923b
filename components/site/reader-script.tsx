import fs from 'node:fs';
import path from 'node:path';

// The reader pages' one script (components/site/islands), compiled before every build and dev
// server by scripts/compile-server.mjs and inlined here: small enough (about 2 KB gzip) that a
// request of its own would cost more. Read once per process; a missing file fails the build.
let script: string | undefined;

function readerScript(): string {
  script ??= fs.readFileSync(path.join(process.cwd(), '.compiled', 'reader.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  return script;
}

export function ReaderScript() {
  // data-keep: one of our own scripts, kept where the framework's are taken out (server/).
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: readerScript() }} />;
}

// `npm start`: from a fresh clone to a running site. Secrets, database and sample content, a
// production build when there is none for this source, then the server on $HOST:$PORT
// (127.0.0.1:3000 unless told otherwise).
import { spawn } from 'node:child_process';
import { ensureBuilt } from './build-site.mjs';
import { compiledServer } from './compile-server.mjs';

ensureBuilt();
const server = spawn(process.execPath, [compiledServer], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

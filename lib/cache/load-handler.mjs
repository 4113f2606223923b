// next.config.js names this file as the cache handler. Next.js imports it itself, in the server,
// in build workers and bundled into the proxy, and cannot load TypeScript: it gets the handler
// compiled by scripts/compile-server.mjs (run by `npm start`, `npm run build` and `npm run dev`
// before Next.js starts), found from the project's root, which is where Next.js runs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const compiled = pathToFileURL(path.join(process.cwd(), '.compiled', 'cache-handler.cjs')).href;
const loaded = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ compiled);
// A CommonJS module's exports arrive as the default export, its own default inside them.
export default typeof loaded.default === 'function' ? loaded.default : loaded.default.default;

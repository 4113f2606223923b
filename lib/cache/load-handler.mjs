// next.config.js names this file as the cache handler. Next.js imports it itself, in the server,
// in build workers and bundled into the proxy, and cannot load TypeScript: tsx compiles the
// typed handler on the way in. The bundler is told to leave tsx alone (it runs here, at run
// time), and the handler is found from the project's root, which is where Next.js runs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const { tsImport } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'tsx/esm/api');
const here = pathToFileURL(path.join(process.cwd(), 'lib', 'cache', 'load-handler.mjs')).href;
const loaded = await tsImport('./handler.ts', here);
// Compiled as CommonJS, the module's default export may arrive wrapped once more.
export default typeof loaded.default === 'function' ? loaded.default : loaded.default.default;

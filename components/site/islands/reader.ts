// The reader pages' one script, compiled with the build (scripts/compile-server.mjs) and inlined
// by the site's layout (components/site/reader-script.tsx): each control the server drew gets its
// behaviour here, the same under `next dev`, `npm start` and on pages that are not stored, and
// every page reads and works without it.
import { enhanceEmbeds } from './embeds';
import { enhanceFeedback } from './feedback';
import { enhanceLive } from './live';
import { enhanceShare } from './share';
import { enhanceTextSize } from './text-size';

function start() {
  enhanceTextSize(document);
  enhanceShare(document);
  enhanceFeedback(document);
  enhanceEmbeds(document);
  enhanceLive(document);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

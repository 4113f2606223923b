// The reader pages' only script (inlined by lib/islands/reader-html.ts in place of the
// framework's runtime): each control on the page gets its behaviour here, and the page reads
// completely without it.
import { enhanceEmbeds } from './embeds';
import { enhanceFeedback } from './feedback';
import { enhanceShare } from './share';
import { enhanceTextSize } from './text-size';

function start() {
  enhanceTextSize(document);
  enhanceShare(document);
  enhanceFeedback(document);
  enhanceEmbeds(document);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

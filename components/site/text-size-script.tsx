import { textSizeStorageKey, textSizes } from '@/lib/text-size';

// Runs before the page paints: marks that JavaScript is available and applies the reader's
// saved text size, so the article never reflows after it is shown.
const script = `(function(d){d.classList.add('js');try{var s=localStorage.getItem(${JSON.stringify(
  textSizeStorageKey,
)});if(${JSON.stringify(textSizes)}.indexOf(s)>0)d.setAttribute('data-text-size',s)}catch(e){}})(document.documentElement)`;

export function TextSizeScript() {
  // data-keep: one of our own scripts, kept where the framework's are taken out.
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: script }} />;
}

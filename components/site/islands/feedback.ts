import { countCharacters, feedbackMaxLength, feedbackMinLength, thankYou } from '@/lib/feedback/count';
import { callFeedbackAction } from './feedback-action';
import { addParagraphReports, type ParagraphScope } from './paragraph-reports';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function thankYouBox(): HTMLElement {
  return element(
    'div',
    { tabIndex: -1, className: 'bg-wash px-5 py-6 focus:outline-none' },
    element('h2', { className: 'font-serif text-2xl font-bold' }, thankYou.heading),
    element('p', { className: 'mt-2' }, thankYou.message),
  );
}

function scopeBox(scope: ParagraphScope, onClear: () => void): HTMLElement {
  const quote = scope.quote.length > 160 ? `${scope.quote.slice(0, 160)}…` : scope.quote;
  const clear = element('button', { type: 'button', className: 'mt-1 underline' }, 'Comment on the whole article instead');
  clear.addEventListener('click', onClear);
  return element(
    'div',
    { className: 'mt-4 border-l-4 border-accent bg-paper px-3 py-2 text-sm' },
    element('p', {}, element('strong', {}, `Reporting an error in paragraph ${scope.number}:`), ' ', element('q', {}, quote)),
    clear,
    element('input', { type: 'hidden', name: 'paragraph', value: scope.anchor }),
    element('input', { type: 'hidden', name: 'quote', value: scope.quote }),
  );
}

/**
 * "Your Opinion Matters": a live counter, a Send button enabled from 30 characters, the message
 * sent through the form's own server action without leaving the page, the thank-you taking
 * focus, and per-paragraph reports. Without this script the form posts as a plain form.
 */
export function enhanceFeedback(root: Document) {
  const form = root.querySelector<HTMLFormElement>('form[aria-labelledby="feedback-heading"]');
  const text = form?.querySelector<HTMLTextAreaElement>('textarea[name="message"]');
  const send = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  const counter = form?.querySelector<HTMLElement>('#feedback-count');
  const error = form?.querySelector<HTMLElement>('#feedback-error');
  if (!form || !text || !send || !counter || !error) return;
  let pending = false;
  let scope: HTMLElement | null = null;

  const update = () => {
    const count = countCharacters(text.value);
    const target = count < feedbackMinLength ? feedbackMinLength : feedbackMaxLength;
    counter.replaceChildren(element('span', { className: 'sr-only' }, 'Characters: '), `${count.toLocaleString('en-US')} / ${target.toLocaleString('en-US')}`);
    send.disabled = pending || count < feedbackMinLength || count > feedbackMaxLength;
    send.textContent = pending ? 'Sending…' : 'Send';
  };

  text.addEventListener('input', update);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // One key per message: a double click or a retry is stored once.
    const key = form.querySelector<HTMLInputElement>('input[name="idempotencyKey"]');
    if (key && !key.value) key.value = crypto.randomUUID();
    pending = true;
    update();
    const state = await callFeedbackAction(form, { status: 'idle' }).catch(() => null);
    pending = false;
    if (!state) return form.submit(); // the plain form post still works
    if (state.status === 'thanks') {
      const thanks = thankYouBox();
      form.replaceWith(thanks);
      thanks.setAttribute('role', 'status');
      thanks.focus();
      return;
    }
    error.textContent = state.status === 'error' ? state.message : '';
    text.setAttribute('aria-invalid', String(state.status === 'error'));
    update();
  });

  addParagraphReports(root, (next) => {
    scope?.remove();
    scope = scopeBox(next, () => {
      scope?.remove();
      scope = null;
    });
    form.querySelector('label[for="feedback-message"]')?.before(scope);
    text.focus();
  });
  update();
}

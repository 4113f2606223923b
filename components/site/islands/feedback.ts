import { countCharacters, feedbackMaxLength, feedbackMinLength, type FeedbackOutcome } from '@/lib/feedback/count';
import { addParagraphReports, type ParagraphScope } from './paragraph-reports';

// "Your Opinion Matters" with JavaScript: a live counter, Send enabled from 30 characters, the
// message sent to the feedback route (app/api/feedback, JSON) without leaving the page, the
// thank-you the server drew taking focus, and per-paragraph reports. Every word shown comes
// from the page or the server's answer. Without this script the form posts to its server action.

const feedbackRoute = '/api/feedback';

function fill(template: HTMLTemplateElement, scope: ParagraphScope): HTMLElement {
  const box = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const slot = <T extends HTMLElement>(name: string) => box.querySelector<T>(`[data-slot="${name}"]`)!;
  slot('number').textContent = String(scope.number);
  slot('quote').textContent = scope.quote.length > 160 ? `${scope.quote.slice(0, 160)}…` : scope.quote;
  slot<HTMLInputElement>('anchor').value = scope.anchor;
  slot<HTMLInputElement>('full-quote').value = scope.quote;
  return box;
}

async function send(form: HTMLFormElement): Promise<FeedbackOutcome | null> {
  try {
    const response = await fetch(feedbackRoute, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } });
    const answer = (await response.json()) as Partial<FeedbackOutcome>;
    return answer.status === 'thanks' || answer.status === 'error' ? (answer as FeedbackOutcome) : null;
  } catch {
    return null;
  }
}

export function enhanceFeedback(root: Document) {
  const box = root.querySelector<HTMLElement>('[data-feedback]');
  const form = box?.querySelector<HTMLFormElement>('form');
  const text = form?.querySelector<HTMLTextAreaElement>('textarea[name="message"]');
  const sendButton = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  const counter = form?.querySelector<HTMLElement>('#feedback-count [data-slot="count"]');
  const error = form?.querySelector<HTMLElement>('#feedback-error');
  const thanks = box?.querySelector<HTMLElement>('#feedback-sent');
  if (!box || !form || !text || !sendButton || !counter || !error || !thanks) return;
  const idleLabel = sendButton.textContent ?? '';
  let pending = false;
  let scope: HTMLElement | null = null;

  const update = () => {
    const count = countCharacters(text.value);
    const target = count < feedbackMinLength ? feedbackMinLength : feedbackMaxLength;
    counter.textContent = `${count.toLocaleString('en-US')} / ${target.toLocaleString('en-US')}`;
    sendButton.disabled = pending || count < feedbackMinLength || count > feedbackMaxLength;
    sendButton.textContent = pending ? (sendButton.dataset.pendingLabel ?? idleLabel) : idleLabel;
  };

  text.addEventListener('input', update);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = form.querySelector<HTMLInputElement>('input[name="idempotencyKey"]');
    if (key && !key.value) key.value = crypto.randomUUID();
    pending = true;
    update();
    const outcome = await send(form);
    pending = false;
    // No answer we understand (offline, a proxy's error page): the plain form post still works.
    if (!outcome) return form.submit();
    if (outcome.status === 'thanks') {
      box.dataset.sent = '';
      thanks.focus();
      return;
    }
    error.textContent = outcome.message;
    text.setAttribute('aria-invalid', 'true');
    update();
  });

  const scopeTemplate = form.querySelector<HTMLTemplateElement>('template[data-feedback-scope]');
  const reportTemplate = form.querySelector<HTMLTemplateElement>('template[data-report-paragraph]');
  if (scopeTemplate && reportTemplate) {
    addParagraphReports(root, reportTemplate, (next) => {
      scope?.remove();
      scope = fill(scopeTemplate, next);
      scope.querySelector('[data-action="clear-scope"]')?.addEventListener('click', () => {
        scope?.remove();
        scope = null;
      });
      form.querySelector('label[for="feedback-message"]')?.before(scope);
      text.focus();
    });
  }
  update();
}

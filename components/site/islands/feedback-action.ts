import type { SubmitFeedbackState } from '@/lib/feedback/count';

// Calls the feedback form's server action the way React's own client does, without React:
// the form's fields under the "_1_" prefix, the arguments (previous state, the form) in field
// "0", the action's id in Next-Action; the answer is React's flight text, in which the state is
// one JSON row. This leans on the framework's wire format: e2e/feedback.spec.ts drives it
// through a real browser, and fails at once if an upgrade changes it.

/** The server action id a progressively enhanced form carries in its hidden fields. */
export function actionIdOf(form: HTMLFormElement): string | null {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')) {
    if (!/^\$ACTION_\d+:0$/.test(input.name)) continue;
    try {
      return (JSON.parse(input.value) as { id?: string }).id ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

export function encodeActionBody(fields: FormData, previous: SubmitFeedbackState): FormData {
  const body = new FormData();
  fields.forEach((value, name) => body.append(`_1_${name}`, value));
  // React reads the form's fields when it reaches the root field, so that comes last.
  body.append('0', JSON.stringify([previous, '$K1']));
  return body;
}

/** The action's returned state, found among the rows of the flight answer. */
export function stateFromFlight(text: string): SubmitFeedbackState | null {
  for (const line of text.split('\n')) {
    const json = line.slice(line.indexOf(':') + 1);
    if (!json.startsWith('{')) continue;
    try {
      const row = JSON.parse(json) as { status?: unknown };
      if (row.status === 'thanks' || row.status === 'idle' || row.status === 'error') return row as SubmitFeedbackState;
    } catch {
      // Not a JSON row.
    }
  }
  return null;
}

export async function callFeedbackAction(form: HTMLFormElement, previous: SubmitFeedbackState): Promise<SubmitFeedbackState | null> {
  const id = actionIdOf(form);
  if (!id) return null;
  const response = await fetch(location.pathname, {
    method: 'POST',
    headers: { 'Next-Action': id, Accept: 'text/x-component' },
    body: encodeActionBody(new FormData(form), previous),
  });
  return response.ok ? stateFromFlight(await response.text()) : null;
}

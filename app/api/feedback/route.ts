import { cookies } from 'next/headers';
import { receiveFeedback } from '@/lib/feedback/receive';

// The reader script's door to feedback (components/site/islands/feedback.ts): the same form
// fields the page's form posts (multipart or urlencoded), answered as JSON:
//   200 {"status":"thanks"}
//   422 {"status":"error","problem":"too-short","message":"Please write at least 30 characters (you wrote 12)."}
//   403 when the request comes from another site's page.
// Without the script the form posts to its server action instead (lib/feedback/actions.ts).
export async function POST(request: Request) {
  const origin = request.headers.get('origin');
  if (origin && new URL(origin).host !== request.headers.get('host')) return Response.json({ status: 'forbidden' }, { status: 403 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json({ status: 'error', problem: 'invalid', message: 'The form could not be read.' }, { status: 400 });
  }
  const jar = await cookies();
  const outcome = await receiveFeedback(form, {
    headers: request.headers,
    cookie: (name) => jar.get(name)?.value,
    setCookie: (name, value, options) => jar.set(name, value, options),
  });
  return Response.json(outcome, { status: outcome.status === 'thanks' ? 200 : 422, headers: { 'Cache-Control': 'no-store' } });
}

// Server-action forms as a browser without JavaScript posts them, so a spec can replay one
// with another user's cookies and check that the action itself refuses.

/** The hidden fields (the action reference included) of the form in `html` that contains `needle`. */
export function formFieldsContaining(html: string, needle: string): Record<string, string> {
  const form = html
    .split('<form')
    .map((chunk) => chunk.split('</form>')[0]!)
    .find((body) => body.includes(needle));
  if (!form) throw new Error(`no form contains ${needle}`);
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields[name] = decodeEntities(/value="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  return fields;
}

function decodeEntities(text: string) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

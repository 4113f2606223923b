// Word puts list items on the clipboard as paragraphs (class MsoListParagraph…, or a style with
// mso-list) that start with the bullet or number as text in a span marked mso-list:Ignore. They
// become real lists here, before the editor reads the HTML against its schema.

const isWordListItem = (element: Element) =>
  element.tagName === 'P' && (/MsoListParagraph/i.test(element.className) || /mso-list:/i.test(element.getAttribute('style') ?? ''));

/** Word's list number ("l0", "l1"): consecutive paragraphs of one list share it. */
const wordListId = (element: Element) => /mso-list:\s*(l\d+)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? '';

const sameList = (a: Element | null, b: Element) => a !== null && isWordListItem(a) && wordListId(a) === wordListId(b);

export function listsFromWord(html: string): string {
  if (!/mso-list|MsoListParagraph/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const first of [...doc.body.querySelectorAll('p')].filter(isWordListItem)) {
    if (!first.isConnected || sameList(first.previousElementSibling, first)) continue;
    const items: Element[] = [first];
    for (let at = first.nextElementSibling; sameList(at, first); at = at!.nextElementSibling) items.push(at!);
    const marker = items[0]!.querySelector('[style*="mso-list"]')?.textContent?.trim() ?? '';
    const list = doc.createElement(/^\(?\w{1,3}[.)]$/.test(marker) ? 'ol' : 'ul');
    first.before(list);
    for (const item of items) {
      item.querySelectorAll('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]').forEach((ignored) => ignored.remove());
      const li = doc.createElement('li');
      li.innerHTML = item.innerHTML.replace(/^(?:\s|&nbsp;)+/, '');
      list.append(li);
      item.remove();
    }
  }
  return doc.body.innerHTML;
}

// Whether a request's Accept-Encoding allows a content coding (RFC 9110, section 12.5.3): a
// coding named with q=0 is refused, `*` stands for every coding not named, and a header that
// is missing allows only the identity (uncompressed) answer as far as a stored copy goes.
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  let wildcard: number | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = qualityOf(params);
    if (name.trim() === coding) return q > 0;
    if (name.trim() === '*') wildcard = q;
  }
  return wildcard !== undefined && wildcard > 0;
}

function qualityOf(params: string[]): number {
  for (const param of params) {
    const [key, value] = param.split('=').map((s) => s.trim());
    if (key === 'q') {
      const q = Number(value);
      return Number.isFinite(q) ? q : 0;
    }
  }
  return 1;
}

// Whether a request's Accept-Encoding allows a content coding (RFC 9110, section 12.5.3): a
// coding named with q=0 is refused, `*` stands for every coding not named, and a missing header
// allows only the identity (uncompressed) answer, which is acceptable unless refused outright.
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  if (!header) return coding === 'identity';
  let wildcard: number | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = qualityOf(params);
    if (name.trim() === coding) return q > 0;
    if (name.trim() === '*') wildcard = q;
  }
  if (wildcard !== undefined) return wildcard > 0;
  return coding === 'identity';
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

/** "12.png" → "12"; anything else → null, so no share image is drawn for arbitrary URLs. */
export function pngName(file: string): string | null {
  const match = /^([a-z0-9-]{1,120})\.png$/.exec(file);
  return match?.[1] ?? null;
}

export function notFoundImage() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** "12.png" → "12"; anything else → null, so no share image is drawn for arbitrary URLs. */
export function pngName(file: string): string | null {
  return imageName(file, 'png');
}

/** "12.jpg" → "12", as pngName for the article cards, which are photographs. */
export function jpegName(file: string): string | null {
  return imageName(file, 'jpg');
}

function imageName(file: string, extension: string): string | null {
  const match = /^([a-z0-9-]{1,120})\.([a-z]+)$/.exec(file);
  return match?.[2] === extension ? match[1]! : null;
}

export function notFoundImage() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

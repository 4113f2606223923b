import { NextResponse, type NextRequest } from 'next/server';

// The dashboard only. Two jobs: a strict nonce-based CSP for its dynamic pages, and a courtesy
// redirect to sign-in for visitors without a session cookie. It is never the access check:
// requireRole() runs inside every editor query and action.
const publicEditorPaths = ['/editor/sign-in', '/editor/setup'];
const sessionCookies = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedOut = !sessionCookies.some((name) => request.cookies.has(name));
  if (signedOut && !publicEditorPaths.some((p) => pathname.startsWith(p))) {
    const signIn = new URL('/editor/sign-in', request.url);
    signIn.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = { matcher: ['/editor/:path*'] };

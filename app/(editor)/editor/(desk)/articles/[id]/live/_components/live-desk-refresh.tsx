'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const everyMs = 5_000;

/**
 * Several editors post to one coverage: each desk page asks the server again every few seconds
 * while it is in view, so their updates appear without reloading. What is being typed stays:
 * a refresh re-renders the server's part of the page only.
 */
export function LiveDeskRefresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}

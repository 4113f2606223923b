'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { markArrangingFront, type FrontPresence } from '@/lib/fronts/presence';

const names = (list: string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

/**
 * "Rina Hartono is arranging this front too", kept current while the page is open, and a word
 * when the draft changed since the page was drawn, with a way to see it as it is now.
 */
export function ArrangingNow({
  frontKey,
  param,
  draftVersion,
}: {
  frontKey: string;
  param: string;
  draftVersion: number;
}) {
  const router = useRouter();
  const [answer, setAnswer] = useState<FrontPresence | null>(null);
  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    const beat = async () => {
      try {
        const next = await markArrangingFront(frontKey);
        if (stopped) return;
        setAnswer(next);
        timer = window.setTimeout(beat, next.nextInMs);
      } catch {
        if (!stopped) timer = window.setTimeout(beat, 30_000);
      }
    };
    void beat();
    const leave = () => navigator.sendBeacon(`/editor/fronts/${param}/leave`);
    window.addEventListener('pagehide', leave);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [frontKey, param]);

  const others = answer?.others ?? [];
  const newer = answer !== null && answer.draftVersion > draftVersion;
  return (
    <>
      <p
        aria-live="polite"
        className={
          others.length
            ? 'mb-4 border-l-4 border-accent bg-[#fff4c2] px-3 py-2 font-semibold'
            : 'sr-only'
        }
      >
        {others.length
          ? `${names(others)} ${others.length === 1 ? 'is' : 'are'} arranging this front too. A change made from an older copy of the draft is refused, never applied over theirs.`
          : ''}
      </p>
      <div aria-live="polite">
        {newer ? (
          <p className="mb-4 flex flex-wrap items-center gap-3 border-l-4 border-accent bg-wash px-3 py-2">
            <span>{answer.draftBy ?? 'Someone'} changed the draft since this page was drawn.</span>
            <button
              type="button"
              onClick={() => router.refresh()}
              className="border border-ink bg-paper px-3 py-1 font-semibold"
            >
              Show the draft as it is now
            </button>
          </p>
        ) : null}
      </div>
    </>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { markEditing } from '@/lib/newsroom/presence';

const names = (list: string[]) => (list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`);

/** "Rina Hartono is editing this article too", kept current while the page is open. */
export function EditingNow({ articleId }: { articleId: number }) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    const beat = async () => {
      try {
        const answer = await markEditing(articleId);
        if (stopped) return;
        setOthers(answer.others);
        timer = window.setTimeout(beat, answer.nextInMs);
      } catch {
        if (!stopped) timer = window.setTimeout(beat, 30_000);
      }
    };
    void beat();
    const leave = () => navigator.sendBeacon(`/editor/articles/${articleId}/leave`);
    window.addEventListener('pagehide', leave);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [articleId]);

  return (
    <p aria-live="polite" className={others.length ? 'mb-4 border-l-4 border-accent bg-[#fff4c2] px-3 py-2 font-semibold' : 'sr-only'}>
      {others.length ? `${names(others)} ${others.length === 1 ? 'is' : 'are'} editing this article too. Save often: the later of two saves is refused.` : ''}
    </p>
  );
}

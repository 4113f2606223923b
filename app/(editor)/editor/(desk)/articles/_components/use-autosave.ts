import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { autosaveArticle } from '@/lib/newsroom/actions';

const quietMs = 2000;
const leaveQuestion = 'This article has changes that are not saved. Leave without saving them?';

/**
 * Saves the form a moment after the editor stops typing, says when it last did, and asks before
 * the editor leaves with changes that are not saved (closing the tab, or a link in the newsroom).
 */
export function useAutosave(form: RefObject<HTMLFormElement | null>, initialVersion: number | undefined) {
  const [version, setVersion] = useState(initialVersion);
  const [note, setNote] = useState('');
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const dirty = () => changes.current !== savedChanges.current;

  const save = useCallback(async () => {
    if (!form.current || !dirty()) return;
    const sending = changes.current;
    const data = new FormData(form.current);
    // A new hero goes up with a deliberate save; its focal point must not move the current one.
    const newHero = data.get('heroFile');
    if (newHero instanceof File && newHero.size > 0) ['heroFocalX', 'heroFocalY'].forEach((name) => data.delete(name));
    data.delete('heroFile');
    data.set('intent', 'save');
    setNote('Saving…');
    const result = await autosaveArticle(data);
    if (result.status === 'saved') {
      setVersion(result.version);
      savedChanges.current = sending;
      const time = new Date(result.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      setNote(dirty() ? 'Unsaved changes' : `Saved at ${time}`);
    } else setNote(result.message);
  }, [form]);

  const changed = useCallback(() => {
    changes.current++;
    setNote('Unsaved changes');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, quietMs);
  }, [save]);

  /** A deliberate save (a workflow button) takes over: nothing is left to ask about. */
  const submitted = useCallback(() => {
    window.clearTimeout(timer.current);
    savedChanges.current = changes.current;
  }, []);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty()) event.preventDefault();
    };
    const leaveByLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || !dirty() || event.defaultPrevented || link.closest('form') === form.current) return;
      if (!window.confirm(leaveQuestion)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', leaveByLink, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', leaveByLink, true);
      window.clearTimeout(timer.current);
    };
  }, [form]);

  return { version, note, changed, submitted };
}

import { useId, useSyncExternalStore, type FormEvent, type ReactNode, type RefObject, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  /** The insert menu's item that opens it, e.g. "Pull quote…". */
  opener: string;
  title: string;
  /**
   * Where focus goes when the dialog closes, whether something was inserted or not; without it,
   * the browser puts it back on the button that opened the dialog.
   */
  returnFocus?: () => void;
  ref: RefObject<HTMLDialogElement | null>;
  onOpen?: () => void;
  /** Makes the dialog a form with an "Insert" button; the handler closes it once it has inserted. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  wide?: boolean;
  /** The opener's look, where it stands outside the insert menu. */
  openerClassName?: string;
  children: ReactNode;
}

// React carries a portal's events up its component tree, so without this the dialog's fields
// would reach the article's form: typing would count as an edit (and autosave), and submitting
// would be taken for a save.
const keepFromArticleForm = (event: SyntheticEvent) => event.stopPropagation();

const noSubscription = () => () => {};
/** True once in the browser: the dialog is a portal into <body>, which the server has not got. */
const useInBrowser = () => useSyncExternalStore(noSubscription, () => true, () => false);

/**
 * A modal dialog opened from the insert menu. It lives at the end of <body>, not inside the
 * article's <form>, so it can hold a form of its own (forms cannot nest).
 */
export function InsertDialog({ opener, title, returnFocus, ref, onOpen, onSubmit, wide = false, openerClassName = 'min-h-9 border border-transparent px-2 text-sm hover:border-rule', children }: Props) {
  const titleId = useId();
  const inBrowser = useInBrowser();
  // Without JavaScript nothing here would work: neither the opener nor the dialog is drawn.
  if (!inBrowser) return null;
  const content = (
    <>
      {children}
      <div className="mt-4 flex items-center gap-4">
        {onSubmit ? (
          <button type="submit" className="bg-ink px-3 py-1.5 text-paper">
            Insert
          </button>
        ) : null}
        <button type="button" onClick={() => ref.current?.close()} className="underline">
          Cancel
        </button>
      </div>
    </>
  );
  return (
    <>
      <button
        type="button"
        className={openerClassName}
        onClick={() => {
          onOpen?.();
          ref.current?.showModal();
        }}
      >
        {opener}
      </button>
      {createPortal(
        <dialog
          ref={ref}
          aria-labelledby={titleId}
          onClose={returnFocus}
          onInput={keepFromArticleForm}
          onSubmit={keepFromArticleForm}
          className={`m-auto w-full ${wide ? 'max-w-2xl' : 'max-w-lg'} border border-ink p-4 backdrop:bg-ink/40`}
        >
          <h2 id={titleId} className="font-serif text-xl font-bold">
            {title}
          </h2>
          {onSubmit ? (
            <form noValidate onSubmit={onSubmit} className="mt-3 grid gap-3">
              {content}
            </form>
          ) : (
            content
          )}
        </dialog>,
        document.body,
      )}
    </>
  );
}

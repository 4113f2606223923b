interface Props {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (describedBy: string | undefined) => React.ReactNode;
}

/** A labelled field whose errors are tied to its input with aria-describedby. */
export function Field({ id, label, errors, hint, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent-dark">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass = 'w-full border border-muted bg-white px-3 py-2 aria-[invalid=true]:border-accent';

interface Props {
  kicker?: string;
  title: string;
  /** A picture beside the heading: an author's photo. */
  figure?: React.ReactNode;
  children?: React.ReactNode;
}

export function PageHeading({ kicker, title, figure, children }: Props) {
  const text = (
    <>
      {kicker ? (
        <p className="text-sm font-bold tracking-wider text-accent uppercase">{kicker}</p>
      ) : null}
      <h1 className="mt-1 font-serif text-4xl font-bold">{title}</h1>
      {children ? <div className="mt-2 text-muted">{children}</div> : null}
    </>
  );
  return (
    <header className="mb-8 border-b-2 border-ink pb-4">
      {figure ? (
        <div className="flex items-start gap-4">
          {figure}
          <div>{text}</div>
        </div>
      ) : (
        text
      )}
    </header>
  );
}

export function PageHeading({ kicker, title, children }: { kicker?: string; title: string; children?: React.ReactNode }) {
  return (
    <header className="mb-8 border-b-2 border-ink pb-4">
      {kicker ? <p className="text-sm font-bold tracking-wider text-accent uppercase">{kicker}</p> : null}
      <h1 className="mt-1 font-serif text-4xl font-bold">{title}</h1>
      {children ? <div className="mt-2 text-muted">{children}</div> : null}
    </header>
  );
}

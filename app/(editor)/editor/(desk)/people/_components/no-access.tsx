/** What a signed-in user without the editor role sees instead of the people pages. */
export function NoAccess({ title }: { title: string }) {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <p role="alert" className="mt-4">
        You do not have access to this page.
      </p>
    </>
  );
}

import Link from 'next/link';

/** What a staff member sees on an editor page their role does not include. */
export function NoAccess({ title }: { title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>You do not have access to this page.</p>
      <p>
        <Link href="/editor">Back to the dashboard</Link>
      </p>
    </>
  );
}

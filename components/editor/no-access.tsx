import Link from 'next/link';
import { editorDashboardPath } from '@/lib/paths';

/** What a staff member sees on an editor page their role does not include. */
export function NoAccess({ title }: { title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>You do not have access to this page.</p>
      <p>
        <Link href={editorDashboardPath()}>Back to the dashboard</Link>
      </p>
    </>
  );
}

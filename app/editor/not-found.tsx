import Link from 'next/link';
import { editorDashboardPath } from '@/lib/paths';

/** A story, picture or profile the editor cannot find (or may not open), inside the editor's own chrome. */
export default function EditorNotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing at this address, or it is not yours to open.</p>
      <p>
        <Link href={editorDashboardPath()}>Back to the dashboard</Link>
      </p>
    </>
  );
}

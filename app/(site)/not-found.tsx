import { NotFoundContent } from '@/components/layout/not-found-content';

/** A story, section, tag or page that is not there (or not public): the reader layout supplies the chrome. */
export default function SiteNotFound() {
  return <NotFoundContent />;
}

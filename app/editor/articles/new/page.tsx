import type { Metadata } from 'next';
import { ArticleForm } from '@/components/editor/article-form';
import { listTagsWithCounts } from '@/db/editor';
import { listSections } from '@/db/sections';
import { getSiteClock } from '@/db/settings';
import { articleFormAbilities, bylinePickerData } from '@/web/editor-access';
import { getProfileOfUser } from '@/db/authors';
import { requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const staff = await requireStaff('/editor/articles/new');
  const [sections, tags, clock, own] = await Promise.all([
    listSections(),
    listTagsWithCounts(),
    getSiteClock(),
    getProfileOfUser(staff.id),
  ]);
  // A new story is credited to its writer until someone changes the bylines.
  const picker = await bylinePickerData(own ? [own] : []);
  return (
    <>
      <h1>New article</h1>
      <ArticleForm
        initial={{
          id: null,
          version: null,
          title: '',
          slug: '',
          summary: '',
          body: '',
          categoryId: null,
          tagNames: [],
          featuredImageUrl: '',
          featuredImageAlt: '',
          featuredPicture: null,
          publishAt: null,
          status: 'draft',
          isLive: false,
          bylines: picker.bylines,
        }}
        profiles={picker.profiles}
        sections={sections}
        tagSuggestions={tags.map((tag) => tag.name)}
        can={articleFormAbilities(staff, null)}
        notice={null}
        clock={clock}
      />
    </>
  );
}

import { articleNoteKindLabels, leadsTheStory, noteParagraphs, type ArticleNote } from '@/lib/article-notes';
import { SiteDay } from '@/components/ui/site-date-time';

function Note({ note }: { note: ArticleNote }) {
  return (
    <div className={`article-note article-note-${note.kind}`}>
      <p className="article-note-heading">
        <strong>{articleNoteKindLabels[note.kind]}</strong> <SiteDay date={note.createdAt} />
      </p>
      {noteParagraphs(note.body).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/**
 * A story's notes where readers meet them: corrections, clarifications and editor's notes above the text
 * (`place="lead"`), updates after it (`place="end"`), each with its date.
 */
export function ArticleNotes({ notes, place }: { notes: readonly ArticleNote[]; place: 'lead' | 'end' }) {
  const shown = notes.filter((note) => leadsTheStory(note) === (place === 'lead'));
  if (shown.length === 0) return null;
  return (
    <aside className={`article-notes article-notes-${place}`} aria-label={place === 'lead' ? 'Corrections and notes' : 'Updates'}>
      {shown.map((note) => (
        <Note key={note.id} note={note} />
      ))}
    </aside>
  );
}

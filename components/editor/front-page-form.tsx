'use client';

import { useActionState } from 'react';
import { updateBreakingNewsAction, updateFrontPageAction, type FrontPageFormState } from '@/actions/front-page';
import type { AdminFormState } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './admin/form-parts';

export interface StoryChoice {
  id: number;
  title: string;
}

export interface SlotForm {
  /** Form field prefix: `lead` or `topStories.N`. */
  prefix: string;
  label: string;
  articleId: number | null;
  /** `datetime-local` value in the site zone; the end of today when nothing is pinned. */
  until: string;
  forever: boolean;
}

export interface SectionRowForm {
  id: number;
  name: string;
  shown: boolean;
}

const initialFormState: FrontPageFormState = { ...initialAdminState, seq: 0 };

function checked(state: AdminFormState, field: string, saved: boolean): boolean {
  if (state.ok || Object.keys(state.values).length === 0) return saved;
  return state.values[field] === 'on';
}

function SlotFields({ slot, stories, state }: { slot: SlotForm; stories: StoryChoice[]; state: AdminFormState }) {
  const id = slot.prefix.replace('.', '-');
  const articleError = state.fieldErrors[`${slot.prefix}.articleId`];
  const untilError = state.fieldErrors[`${slot.prefix}.pinnedUntil`];
  return (
    <fieldset className="front-slot">
      <legend>{slot.label}</legend>
      <div className="field">
        <label htmlFor={`${id}-story`}>Story</label>
        <select
          id={`${id}-story`}
          name={`${slot.prefix}.articleId`}
          defaultValue={shownValue(state, `${slot.prefix}.articleId`, slot.articleId === null ? '' : String(slot.articleId))}
          {...describedBy(`${id}-story`, articleError)}
        >
          <option value="">Newest story (automatic)</option>
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-story-error`} message={articleError} />
      </div>
      <div className="front-slot-until">
        <div className="field">
          <label htmlFor={`${id}-until`}>Pinned until</label>
          <input
            id={`${id}-until`}
            name={`${slot.prefix}.until`}
            type="datetime-local"
            defaultValue={shownValue(state, `${slot.prefix}.until`, slot.until)}
            {...describedBy(`${id}-until`, untilError)}
          />
          <FieldError id={`${id}-until-error`} message={untilError} />
        </div>
        <label className="checkbox-field">
          <input type="checkbox" name={`${slot.prefix}.forever`} defaultChecked={checked(state, `${slot.prefix}.forever`, slot.forever)} />
          Until unpinned
        </label>
      </div>
    </fieldset>
  );
}

export function FrontPageForm({
  slots,
  sections,
  stories,
  timeZone,
}: {
  slots: SlotForm[];
  sections: SectionRowForm[];
  stories: StoryChoice[];
  timeZone: string;
}) {
  const [state, action] = useActionState<FrontPageFormState, FormData>(updateFrontPageAction, initialFormState);
  const [lead, ...tops] = slots;
  return (
    <form key={state.seq} action={action} className="form-stack front-page-form">
      <FormMessage state={state} errorLabel="Front page error" />
      <p className="field-hint">
        Times are in {timeZone}. When a pin runs out, or its story is unpublished, the slot shows the newest story again.
      </p>
      {lead && <SlotFields slot={lead} stories={stories} state={state} />}
      <div className="front-slot-grid">
        {tops.map((slot) => (
          <SlotFields key={slot.prefix} slot={slot} stories={stories} state={state} />
        ))}
      </div>
      <fieldset className="front-sections">
        <legend>Section blocks</legend>
        <p className="field-hint">Tick the sections shown under the top stories; the numbers set their order.</p>
        <FieldError id="front-sections-error" message={state.fieldErrors.sections} />
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Section</th>
              <th scope="col">Shown</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section, index) => (
              <tr key={section.id}>
                <td>
                  <input type="hidden" name="sectionId" value={section.id} />
                  <input
                    className="order-input"
                    type="number"
                    min={1}
                    max={999}
                    name={`section.${section.id}.position`}
                    aria-label={`Order of ${section.name}`}
                    defaultValue={shownValue(state, `section.${section.id}.position`, String(index + 1))}
                  />
                </td>
                <td>{section.name}</td>
                <td>
                  <input
                    type="checkbox"
                    name={`section.${section.id}.shown`}
                    aria-label={`Show ${section.name}`}
                    defaultChecked={checked(state, `section.${section.id}.shown`, section.shown)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Saving…">
          Save front page
        </SubmitButton>
      </div>
    </form>
  );
}

export interface BreakingForm {
  active: boolean;
  headline: string;
  text: string;
  target: 'article' | 'url';
  articleId: number | null;
  url: string;
  expiresAt: string;
}

export function BreakingNewsForm({ saved, stories, timeZone }: { saved: BreakingForm; stories: StoryChoice[]; timeZone: string }) {
  const [state, action] = useActionState<FrontPageFormState, FormData>(updateBreakingNewsAction, initialFormState);
  const errors = state.fieldErrors;
  const target = shownValue(state, 'target', saved.target);
  return (
    <form key={state.seq} action={action} className="form-stack breaking-form">
      <FormMessage state={state} errorLabel="Breaking news error" />
      <label className="checkbox-field">
        <input type="checkbox" name="active" defaultChecked={checked(state, 'active', saved.active)} />
        Show the banner on every reader page
      </label>
      <div className="field">
        <label htmlFor="breaking-headline">Headline</label>
        <input
          id="breaking-headline"
          name="headline"
          maxLength={140}
          defaultValue={shownValue(state, 'headline', saved.headline)}
          {...describedBy('breaking-headline', errors.headline)}
        />
        <FieldError id="breaking-headline-error" message={errors.headline} />
      </div>
      <div className="field">
        <label htmlFor="breaking-text">Short text (optional)</label>
        <input
          id="breaking-text"
          name="text"
          maxLength={280}
          defaultValue={shownValue(state, 'text', saved.text)}
          {...describedBy('breaking-text', errors.text)}
        />
        <FieldError id="breaking-text-error" message={errors.text} />
      </div>
      <fieldset>
        <legend>Links to</legend>
        <label className="checkbox-field">
          <input type="radio" name="target" value="article" defaultChecked={target === 'article'} />A story
        </label>
        <div className="field">
          <label htmlFor="breaking-story">Story</label>
          <select
            id="breaking-story"
            name="articleId"
            defaultValue={shownValue(state, 'articleId', saved.articleId === null ? '' : String(saved.articleId))}
            {...describedBy('breaking-story', errors.articleId)}
          >
            <option value="">Choose a story</option>
            {stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.title}
              </option>
            ))}
          </select>
          <FieldError id="breaking-story-error" message={errors.articleId} />
        </div>
        <label className="checkbox-field">
          <input type="radio" name="target" value="url" defaultChecked={target === 'url'} />A live page or other address
        </label>
        <div className="field">
          <label htmlFor="breaking-url">Address</label>
          <input
            id="breaking-url"
            name="url"
            placeholder="/live/… or https://…"
            defaultValue={shownValue(state, 'url', saved.url)}
            {...describedBy('breaking-url', errors.url)}
          />
          <FieldError id="breaking-url-error" message={errors.url} />
        </div>
        <FieldError id="breaking-target-error" message={errors.target} />
      </fieldset>
      <div className="field">
        <label htmlFor="breaking-expires">Switches itself off at</label>
        <input
          id="breaking-expires"
          name="expiresAt"
          type="datetime-local"
          defaultValue={shownValue(state, 'expiresAt', saved.expiresAt)}
          {...describedBy('breaking-expires', errors.expiresAt, 'breaking-expires-hint')}
        />
        <p id="breaking-expires-hint" className="field-hint">
          In {timeZone}. Left blank: the end of today.
        </p>
        <FieldError id="breaking-expires-error" message={errors.expiresAt} />
      </div>
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Saving…">
          Save breaking news
        </SubmitButton>
      </div>
    </form>
  );
}

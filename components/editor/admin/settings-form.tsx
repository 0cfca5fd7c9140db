'use client';

import { useActionState } from 'react';
import { setTwoFactorRequirementAction, updateSiteSettingsAction, type AdminFormState } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './form-parts';
import { type SiteSettings } from '@/db/settings';

export function SiteSettingsForm({
  saved,
  timeZones,
  defaults,
}: {
  saved: SiteSettings;
  timeZones: string[];
  defaults: { timeZone: string; language: string };
}) {
  const [state, action] = useActionState<AdminFormState, FormData>(updateSiteSettingsAction, initialAdminState);
  return (
    <form action={action} className="form-stack" style={{ maxWidth: 480 }}>
      <FormMessage state={state} errorLabel="Settings error" />
      <div className="field">
        <label htmlFor="settings-related">Related stories per article</label>
        <input
          id="settings-related"
          name="relatedStoriesCount"
          type="number"
          min={0}
          max={10}
          defaultValue={shownValue(state, 'relatedStoriesCount', String(saved.relatedStoriesCount))}
          {...describedBy('settings-related', state.fieldErrors.relatedStoriesCount, 'settings-related-hint')}
        />
        <p id="settings-related-hint" className="field-hint">
          0 hides the section.
        </p>
        <FieldError id="settings-related-error" message={state.fieldErrors.relatedStoriesCount} />
      </div>
      <div className="field">
        <label htmlFor="settings-recent">Recent Posts in the sidebar</label>
        <input
          id="settings-recent"
          name="recentPostsCount"
          type="number"
          min={1}
          max={10}
          defaultValue={shownValue(state, 'recentPostsCount', String(saved.recentPostsCount))}
          {...describedBy('settings-recent', state.fieldErrors.recentPostsCount)}
        />
        <FieldError id="settings-recent-error" message={state.fieldErrors.recentPostsCount} />
      </div>
      <div className="field">
        <label htmlFor="settings-feed-content">Feeds carry</label>
        <select
          id="settings-feed-content"
          name="feedContent"
          defaultValue={shownValue(state, 'feedContent', saved.feedContent)}
          {...describedBy('settings-feed-content', state.fieldErrors.feedContent, 'settings-feed-content-hint')}
        >
          <option value="summary">The summary, with a link to the article</option>
          <option value="full">The full article text</option>
        </select>
        <p id="settings-feed-content-hint" className="field-hint">
          For RSS, Atom and JSON Feed readers, site-wide and per section.
        </p>
        <FieldError id="settings-feed-content-error" message={state.fieldErrors.feedContent} />
      </div>
      <div className="field">
        <label htmlFor="settings-time-zone">Time zone</label>
        <input
          id="settings-time-zone"
          name="timeZone"
          list="settings-time-zones"
          autoComplete="off"
          spellCheck={false}
          defaultValue={shownValue(state, 'timeZone', saved.timeZone)}
          {...describedBy('settings-time-zone', state.fieldErrors.timeZone, 'settings-time-zone-hint')}
        />
        <datalist id="settings-time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p id="settings-time-zone-hint" className="field-hint">
          An IANA name such as Europe/Berlin. Every date on the site is shown in it, and the times you type in the editor mean it. Without a
          choice here: {defaults.timeZone} (TIME_ZONE).
        </p>
        <FieldError id="settings-time-zone-error" message={state.fieldErrors.timeZone} />
      </div>
      <div className="field">
        <label htmlFor="settings-language">Language</label>
        <input
          id="settings-language"
          name="language"
          autoComplete="off"
          spellCheck={false}
          defaultValue={shownValue(state, 'language', saved.language)}
          {...describedBy('settings-language', state.fieldErrors.language, 'settings-language-hint')}
        />
        <p id="settings-language-hint" className="field-hint">
          A BCP 47 tag such as en-GB, en-US or de: the pages’ and feeds’ language, and how dates and numbers are written. Without a choice
          here: {defaults.language} (SITE_LANGUAGE).
        </p>
        <FieldError id="settings-language-error" message={state.fieldErrors.language} />
      </div>
      <SubmitButton className="button button-primary" pendingLabel="Saving…">
        Save settings
      </SubmitButton>
    </form>
  );
}

/** The site-wide switch: staff must use two-factor sign-in. */
export function TwoFactorRequirementForm({ required }: { required: boolean }) {
  const [state, action] = useActionState<AdminFormState, FormData>(setTwoFactorRequirementAction, initialAdminState);
  return (
    <form action={action} className="form-stack" style={{ maxWidth: 480 }}>
      <FormMessage state={state} errorLabel="Two-factor setting error" />
      <p>
        {required
          ? 'Every staff member must use two-factor sign-in.'
          : 'Two-factor sign-in is optional: each staff member may turn it on under Account.'}
      </p>
      {/* The state to switch to, not the current one. */}
      <input type="hidden" name="required" value={required ? 'false' : 'true'} />
      <div>
        <SubmitButton className={required ? 'button' : 'button button-primary'} pendingLabel="Saving…">
          {required ? 'Make two-factor optional' : 'Require two-factor for all staff'}
        </SubmitButton>
      </div>
    </form>
  );
}

'use client';

import { useActionState } from 'react';
import { setTwoFactorRequirementAction, updateSiteSettingsAction, type AdminFormState } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './form-parts';
import { type SiteSettings } from '@/db/settings';

export function SiteSettingsForm({ saved }: { saved: SiteSettings }) {
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

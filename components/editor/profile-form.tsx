'use client';

import { useActionState } from 'react';
import { createGuestProfileAction, updateProfileAction } from '@/actions/profiles';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './admin/form-parts';

export interface ProfileFormValues {
  id: number | null;
  name: string;
  title: string;
  bio: string;
  websiteUrl: string;
  publicEmail: string;
  socialLinks: string[];
  photoUrl: string | null;
}

/** A byline profile's form: a new guest contributor (no id) or an existing profile. */
export function ProfileForm({ profile }: { profile: ProfileFormValues }) {
  const [state, action] = useActionState(profile.id ? updateProfileAction : createGuestProfileAction, initialAdminState);
  const errors = state.fieldErrors;
  const photoUrl = shownValue(state, 'photoUrl', profile.photoUrl ?? '');
  const text = (name: keyof ProfileFormValues, saved: string) => shownValue(state, name, saved);
  return (
    <form action={action} className="form-stack profile-form" noValidate aria-label={profile.id ? 'Profile' : 'New guest contributor'}>
      <FormMessage state={state} errorLabel="Profile error" />
      {profile.id && <input type="hidden" name="id" value={profile.id} />}
      <input type="hidden" name="photoUrl" value={photoUrl} />
      <div className="field">
        <label htmlFor="profile-name">Name</label>
        <input
          id="profile-name"
          name="name"
          required
          maxLength={100}
          defaultValue={text('name', profile.name)}
          {...describedBy('profile-name', errors.name)}
        />
        <FieldError id="profile-name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="profile-title">Title</label>
        <input
          id="profile-title"
          name="title"
          maxLength={100}
          placeholder="Economics correspondent"
          defaultValue={text('title', profile.title)}
          {...describedBy('profile-title', errors.title)}
        />
        <FieldError id="profile-title-error" message={errors.title} />
      </div>
      <div className="field">
        <label htmlFor="profile-bio">Short bio</label>
        <textarea
          id="profile-bio"
          name="bio"
          rows={4}
          maxLength={1000}
          defaultValue={text('bio', profile.bio)}
          {...describedBy('profile-bio', errors.bio)}
        />
        <FieldError id="profile-bio-error" message={errors.bio} />
      </div>
      <div className="field">
        <span className="field-label">Photo</span>
        {photoUrl && (
          <div className="profile-photo-preview">
            <img src={photoUrl} alt="" width={96} height={96} />
            <label className="checkbox-label">
              <input type="checkbox" name="removePhoto" value="1" /> Remove photo
            </label>
          </div>
        )}
        <label htmlFor="profile-photo" className="visually-hidden">
          Upload a photo
        </label>
        <input
          id="profile-photo"
          name="photo"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          {...describedBy('profile-photo', errors.photo ?? errors.photoUrl)}
        />
        <FieldError id="profile-photo-error" message={errors.photo ?? errors.photoUrl} />
      </div>
      <div className="field">
        <label htmlFor="profile-website">Website</label>
        <input
          id="profile-website"
          name="websiteUrl"
          type="url"
          maxLength={300}
          placeholder="https://"
          defaultValue={text('websiteUrl', profile.websiteUrl)}
          {...describedBy('profile-website', errors.websiteUrl)}
        />
        <FieldError id="profile-website-error" message={errors.websiteUrl} />
      </div>
      <div className="field">
        <label htmlFor="profile-email">Public email</label>
        <input
          id="profile-email"
          name="publicEmail"
          type="email"
          maxLength={254}
          defaultValue={text('publicEmail', profile.publicEmail)}
          {...describedBy('profile-email', errors.publicEmail, 'profile-email-hint')}
        />
        <p id="profile-email-hint" className="field-hint">
          Shown on the author page. Leave empty to show none.
        </p>
        <FieldError id="profile-email-error" message={errors.publicEmail} />
      </div>
      <div className="field">
        <label htmlFor="profile-social">Social profiles</label>
        <textarea
          id="profile-social"
          name="socialLinks"
          rows={3}
          defaultValue={text('socialLinks', profile.socialLinks.join('\n'))}
          {...describedBy('profile-social', errors.socialLinks, 'profile-social-hint')}
        />
        <p id="profile-social-hint" className="field-hint">
          One address per line, such as https://mastodon.social/@name.
        </p>
        <FieldError id="profile-social-error" message={errors.socialLinks} />
      </div>
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Saving…">
          {profile.id ? 'Save profile' : 'Create guest contributor'}
        </SubmitButton>
      </div>
    </form>
  );
}

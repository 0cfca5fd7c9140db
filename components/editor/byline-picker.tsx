'use client';

import { useState } from 'react';
import { FieldError } from './field-error';

export interface BylineOption {
  id: number;
  name: string;
  title: string;
  guest: boolean;
}

interface BylinePickerProps {
  /** The story's bylines, in order. */
  initial: BylineOption[];
  /** Every profile that can be added. */
  profiles: BylineOption[];
  /** Off for a contributor: the bylines are shown, and the save leaves them as they are. */
  editable: boolean;
  error?: string;
  /** A change to the list, so the form can autosave it like typing. */
  onChange: () => void;
}

/**
 * The story's bylines as an ordered list: add an existing profile (staff or guest), remove, move up or
 * down. Each one is a hidden `bylineProfileIds` field in order, so the form submits the list as it is shown.
 */
export function BylinePicker({ initial, profiles, editable, error, onChange }: BylinePickerProps) {
  const [bylines, setBylines] = useState(initial);
  const [adding, setAdding] = useState('');
  const change = (next: BylineOption[]) => {
    setBylines(next);
    onChange();
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...bylines];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    change(next);
  };
  const available = profiles.filter((profile) => !bylines.some((byline) => byline.id === profile.id));
  const add = () => {
    const chosen = available.find((profile) => String(profile.id) === adding);
    if (!chosen) return;
    change([...bylines, chosen]);
    setAdding('');
  };

  return (
    <fieldset className="field byline-picker" aria-describedby={error ? 'bylines-error' : undefined}>
      <legend className="field-label">Bylines</legend>
      {editable && <input type="hidden" name="bylinesShown" value="1" />}
      <ol className="byline-list" aria-label="Bylines in order">
        {bylines.map((byline, index) => (
          <li key={byline.id} className="byline-item">
            {editable && <input type="hidden" name="bylineProfileIds" value={byline.id} />}
            <span className="byline-name">
              {byline.name}
              {byline.guest && <span className="status-pill status-guest">Guest</span>}
              {byline.title && <span className="byline-title">{byline.title}</span>}
            </span>
            {editable && (
              <span className="byline-controls">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${byline.name} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${byline.name} down`}
                  disabled={index === bylines.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${byline.name}`}
                  disabled={bylines.length === 1}
                  onClick={() => change(bylines.filter((each) => each.id !== byline.id))}
                >
                  ✕
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {editable ? (
        <div className="byline-add">
          <label htmlFor="byline-add" className="visually-hidden">
            Add a byline
          </label>
          <select id="byline-add" value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">Add a byline…</option>
            {available.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.guest ? `${profile.name} (guest)` : profile.name}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={add} disabled={!adding}>
            Add
          </button>
        </div>
      ) : (
        <p className="field-hint">Editors can change the bylines.</p>
      )}
      <FieldError id="bylines-error" message={error} />
    </fieldset>
  );
}

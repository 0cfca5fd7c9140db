'use client';

import { useSyncExternalStore } from 'react';
import { isColourScheme, THEME_STORAGE_KEY, type ColourScheme } from '@/lib/theme';

const CHANGED = 'paradox-theme-change';
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Shows a scheme: a choice sets `data-theme`; none leaves the page to follow the system. */
function apply(scheme: ColourScheme | null) {
  if (scheme) document.documentElement.setAttribute('data-theme', scheme);
  else document.documentElement.removeAttribute('data-theme');
}

function subscribe(onChange: () => void): () => void {
  const media = systemDark();
  // A choice made in another tab of this site shows here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    apply(isColourScheme(event.newValue) ? event.newValue : null);
    onChange();
  };
  media.addEventListener('change', onChange);
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The scheme the page shows: the reader's choice, else the system's. */
function shownScheme(): ColourScheme {
  const chosen = document.documentElement.getAttribute('data-theme');
  if (isColourScheme(chosen)) return chosen;
  return systemDark().matches ? 'dark' : 'light';
}

/** Remembers a choice; choosing the system's own scheme forgets it, so the page follows the system again. */
function choose(scheme: ColourScheme) {
  const followsSystem = scheme === (systemDark().matches ? 'dark' : 'light');
  apply(followsSystem ? null : scheme);
  try {
    if (followsSystem) localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, scheme);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** The masthead's light/dark switch: a toggle button, remembered in this browser. Hidden without JavaScript. */
export function ThemeSwitch() {
  const scheme = useSyncExternalStore(subscribe, shownScheme, () => null);
  const dark = scheme === 'dark';
  return (
    <button
      type="button"
      className="theme-switch"
      aria-pressed={scheme === null ? undefined : dark}
      onClick={() => choose(dark ? 'light' : 'dark')}
    >
      <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13z" fill="currentColor" />
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <span className="visually-hidden">Dark theme</span>
    </button>
  );
}

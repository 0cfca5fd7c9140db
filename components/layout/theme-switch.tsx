'use client';

import { useSyncExternalStore } from 'react';
import { isColourScheme, THEME_STORAGE_KEY, type ColourScheme } from '@/lib/theme';

const CHANGED = 'paradox-theme-change';
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  const media = systemDark();
  media.addEventListener('change', onChange);
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The scheme the page shows: the reader's choice, else the system's. */
function shownScheme(): ColourScheme {
  const chosen = document.documentElement.getAttribute('data-theme');
  if (isColourScheme(chosen)) return chosen;
  return systemDark().matches ? 'dark' : 'light';
}

function choose(scheme: ColourScheme) {
  document.documentElement.setAttribute('data-theme', scheme);
  try {
    localStorage.setItem(THEME_STORAGE_KEY, scheme);
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

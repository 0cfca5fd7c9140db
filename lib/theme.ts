/**
 * The reader's colour scheme: the system's unless they chose one with the masthead's switch, remembered
 * in this browser (localStorage) and applied by THEME_SCRIPT before the first paint, so the page never
 * flashes the other scheme. The CSS follows `html[data-theme]` (app/globals.css, `light-dark()` colours).
 */
export const THEME_STORAGE_KEY = 'paradox-theme';

export type ColourScheme = 'light' | 'dark';

export function isColourScheme(value: unknown): value is ColourScheme {
  return value === 'light' || value === 'dark';
}

/**
 * Inline in the reader layout, before any content: applies a remembered choice and marks that scripts
 * run (the switch is hidden without them). Its exact text is allowed by hash on staff pages (lib/security-headers.ts).
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();`;

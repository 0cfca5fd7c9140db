'use client';

import { useEffect, useRef, type RefObject } from 'react';

/** The parts of the Navigation API this uses (Chromium; not yet in TypeScript's DOM types). */
interface TraverseEvent extends Event {
  navigationType: 'push' | 'replace' | 'reload' | 'traverse';
  cancelable: boolean;
  destination: { key: string };
}
interface NavigationLike extends EventTarget {
  traverseTo(key: string): unknown;
}

export interface LeaveGuard {
  /** Whether leaving now would lose something (unsaved or still saving). */
  needsCare: () => boolean;
  /** Saves what can be saved, or asks; resolves true when it is fine to leave. */
  settle: () => Promise<boolean>;
  /** The form being guarded: its own submits are not a way out. */
  form: RefObject<HTMLFormElement | null>;
}

/**
 * Every way out of the article form while it holds unsaved work, and what happens on each:
 * - the editor's own links and the page's other forms (sign out, unpublish, delete; not those marked
 *   `data-keeps-edits`): held back until `settle` says go, then followed as they would have been;
 * - Back and Forward inside the editor: held back the same way where the browser lets a page cancel them
 *   (the Navigation API); elsewhere the form's unmount saves what it can and the local copy keeps the rest;
 * - reload, closing the tab, another site: the browser's own "Leave site?" question.
 */
export function useLeaveGuard(guard: LeaveGuard): void {
  const latest = useRef(guard);
  useEffect(() => {
    latest.current = guard;
  });

  useEffect(() => {
    // Set once the writer has chosen to go, so the same departure is not questioned twice.
    let released = false;
    let replaying = false;
    const care = () => !released && !replaying && latest.current.needsCare();
    const settleThen = (go: () => void) => {
      void latest.current.settle().then((ok) => {
        if (!ok) return;
        released = true;
        replaying = true;
        try {
          go();
        } finally {
          replaying = false;
        }
      });
    };

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!care()) return;
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };

    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      // A link inside the text being written is edited, not followed.
      if (link.closest('[contenteditable="true"]')) return;
      const url = new URL(link.href, window.location.href);
      // Another site unloads the page: the browser's own question covers it.
      if (url.origin !== window.location.origin) return;
      const here = new URL(window.location.href);
      if (url.pathname === here.pathname && url.search === here.search && url.hash) return;
      if (!care()) return;
      event.preventDefault();
      event.stopPropagation();
      settleThen(() => link.click());
    };

    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      // Forms that leave the page as it is (a note, a related-story pin) are not a way out.
      if (!(form instanceof HTMLFormElement) || form === latest.current.form.current || form.hasAttribute('data-keeps-edits')) return;
      if (!care()) return;
      event.preventDefault();
      event.stopPropagation();
      const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
      settleThen(() => form.requestSubmit(submitter));
    };

    const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
    const onNavigate = (event: Event) => {
      const traverse = event as TraverseEvent;
      if (traverse.navigationType !== 'traverse' || !traverse.cancelable || !care()) return;
      event.preventDefault();
      const key = traverse.destination.key;
      settleThen(() => navigation?.traverseTo(key));
    };

    // Capture, so these run before Next's links, React's form actions and the router see the event.
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    document.addEventListener('submit', onSubmit, true);
    navigation?.addEventListener('navigate', onNavigate);
    // A new change after choosing to leave (the departure was cancelled elsewhere) is guarded again.
    const rearm = () => {
      released = false;
    };
    document.addEventListener('input', rearm, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('submit', onSubmit, true);
      navigation?.removeEventListener('navigate', onNavigate);
      document.removeEventListener('input', rearm, true);
    };
  }, []);
}

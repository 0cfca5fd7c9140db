import type { BrowserContext } from '@playwright/test';

/** Something a page did that a reader's browser should never do on our pages. */
export interface PageEvent {
  kind: string;
  detail: string;
  url: string;
}

/**
 * Hooks every page and frame of the context before any of its scripts run: alert, confirm, prompt and
 * print are replaced by recorders, console methods report their calls, and Content-Security-Policy
 * violations and uncaught errors are recorded. Browser console messages are recorded too (except
 * failed image loads, which a payload's `src=x` causes without running anything).
 */
export async function hookPages(context: BrowserContext): Promise<PageEvent[]> {
  const events: PageEvent[] = [];
  await context.exposeBinding('__paradoxReport', ({ frame }, kind: string, detail: string) => {
    events.push({ kind, detail, url: frame.url() });
  });
  await context.addInitScript(() => {
    const target = window as unknown as { __paradoxReport?: (kind: string, detail: string) => Promise<void> };
    const report = (kind: string, args: unknown[]) => {
      try {
        void target.__paradoxReport?.(
          kind,
          args
            .map((arg) => String(arg))
            .join(' ')
            .slice(0, 300),
        );
      } catch {
        // The page may be gone; nothing to report to.
      }
    };
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => {
          report(name, args);
          return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
        },
      });
    }
    for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[name].bind(console);
      console[name] = (...args: unknown[]) => {
        report(`console.${name}`, args);
        original(...args);
      };
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      report('csp', [event.violatedDirective, event.blockedURI, event.sample]),
    );
    window.addEventListener('error', (event) => report('uncaught error', [event.message]));
  });
  context.on('dialog', (dialog) => {
    events.push({ kind: `dialog ${dialog.type()}`, detail: dialog.message(), url: dialog.page()?.url() ?? '' });
    void dialog.dismiss().catch(() => undefined);
  });
  context.on('console', (message) => {
    if (/^Failed to load resource/.test(message.text())) return;
    events.push({ kind: `browser console ${message.type()}`, detail: message.text().slice(0, 300), url: message.page()?.url() ?? '' });
  });
  return events;
}

'use client';

import { useState } from 'react';

/**
 * "Copy link": a plain link to the article's permanent URL that, with JavaScript on, copies the URL
 * to the clipboard instead of navigating.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={url}
      className="copy-link"
      onClick={async (event) => {
        if (!navigator.clipboard) return;
        event.preventDefault();
        try {
          await navigator.clipboard.writeText(url);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          window.prompt('Copy this link', url);
        }
      }}
    >
      {copied ? 'Link copied' : 'Copy link'}
      <span className="visually-hidden" aria-live="polite">
        {copied ? ' to clipboard' : ''}
      </span>
    </a>
  );
}

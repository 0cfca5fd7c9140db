'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { browseLibraryAction } from '@/actions/media';
import type { LibraryItem } from '@/db/media';

const SEARCH_DELAY_MS = 250;

interface LibraryPickerProps {
  /** What the chosen picture is for, read to screen readers with the list ("Choose a featured image"). */
  label: string;
  onChoose: (item: LibraryItem) => void;
  onCancel: () => void;
}

type Status = 'loading' | 'done' | 'error';

/**
 * The library, newest first, searchable by its words, a page at a time: for choosing a picture already
 * uploaded (a featured image, a picture in the body). Only the editor uses it.
 */
export function LibraryPicker({ label, onChoose, onCancel }: LibraryPickerProps) {
  const ids = useId();
  const [text, setText] = useState('');
  const [items, setItems] = useState<LibraryItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const searchInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    searchInput.current?.focus();
  }, []);

  // The first page for what is typed, debounced; an answer to an older query is dropped.
  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      setStatus('loading');
      browseLibraryAction({ text }).then(
        (page) => {
          if (stale) return;
          setItems(page.items);
          setNextCursor(page.nextCursor);
          setStatus('done');
        },
        () => {
          if (!stale) setStatus('error');
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text]);

  async function loadMore() {
    if (!nextCursor) return;
    setStatus('loading');
    try {
      const page = await browseLibraryAction({ text, cursor: nextCursor });
      setItems((shown) => [...shown, ...page.items]);
      setNextCursor(page.nextCursor);
      setStatus('done');
    } catch {
      setStatus('error');
    }
  }

  function keys(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      // Enter in the search box must not submit the article form around it.
      event.preventDefault();
    }
  }

  return (
    <div className="library-picker" role="group" aria-label={label} onKeyDown={keys}>
      <label htmlFor={`${ids}-search`}>Search the library</label>
      <div className="library-picker-row">
        <input
          ref={searchInput}
          id={`${ids}-search`}
          type="search"
          autoComplete="off"
          value={text}
          placeholder="Description, caption or credit"
          aria-describedby={`${ids}-status`}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p id={`${ids}-status`} className="library-picker-status" role="status">
        {status === 'loading' && 'Loading pictures…'}
        {status === 'error' && 'The library could not be loaded. Try again.'}
        {status === 'done' && (items.length === 0 ? (text ? 'No pictures match.' : 'The library is empty: upload a picture.') : '')}
      </p>
      {items.length > 0 && (
        <ul className="library-picker-grid">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="library-picker-item" onClick={() => onChoose(item)}>
                <img
                  src={item.thumbnailUrl}
                  alt=""
                  width={160}
                  height={Math.round((160 * item.height) / item.width) || 90}
                  loading="lazy"
                />
                <span className="library-picker-name">{item.description || item.caption || 'Untitled picture'}</span>
                {item.credit && <span className="library-picker-credit">{item.credit}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {nextCursor && (
        <button type="button" className="button" onClick={() => void loadMore()} disabled={status === 'loading'}>
          More pictures
        </button>
      )}
    </div>
  );
}

'use client';

import { useId, useRef } from 'react';
import { useFormStatus } from 'react-dom';

interface ConfirmActionProps {
  /** The server action the confirmed form runs. */
  action: (formData: FormData) => Promise<void>;
  /** Hidden fields the action reads. */
  fields: Record<string, string | number>;
  /** The button that asks first. */
  label: string;
  /** The question, naming the story. */
  question: string;
  /** What happens, and whether it can be undone. */
  detail: string;
  /** The button that goes ahead. */
  confirmLabel: string;
}

function GoAhead({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-danger" disabled={pending}>
      {pending ? 'Working…' : label}
    </button>
  );
}

/** A destructive button that first asks, in a dialog naming what it acts on; Cancel (or Escape) leaves all as it was. */
export function ConfirmAction({ action, fields, label, question, detail, confirmLabel }: ConfirmActionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button type="button" className="button button-danger" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-question`} aria-describedby={`${id}-detail`}>
        <form action={action}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <h2 id={`${id}-question`}>{question}</h2>
          <p id={`${id}-detail`}>{detail}</p>
          <div className="confirm-actions">
            {/* Focused first: the safe choice is the default one. */}
            <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <GoAhead label={confirmLabel} />
          </div>
        </form>
      </dialog>
    </>
  );
}

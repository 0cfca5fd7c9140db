'use client';

import { useEffect, useState } from 'react';
import { presenceHeartbeatAction } from '@/actions/collaboration';
import { PRESENCE_HEARTBEAT_MS, presenceSentence } from '@/lib/collaboration';

/**
 * Says who else has this story open, and keeps saying the reader has: a heartbeat every
 * PRESENCE_HEARTBEAT_MS while the form is open, whose answer refreshes the list.
 */
export function PresenceNotice({ articleId, initialOthers }: { articleId: number; initialOthers: string[] }) {
  const [others, setOthers] = useState(initialOthers);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const answer = await presenceHeartbeatAction(articleId);
        if (!stopped && answer) setOthers(answer);
      } catch {
        // Unreachable server: the form's own save status says so; presence waits for the next beat.
      }
    };
    void beat();
    const timer = window.setInterval(() => void beat(), PRESENCE_HEARTBEAT_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [articleId]);
  const sentence = presenceSentence(others);
  return (
    <p className="presence-notice" role="status" aria-label="Who else is here" hidden={!sentence}>
      {sentence && (
        <>
          <span className="presence-dot" aria-hidden="true" />
          {sentence}. If you both save, the second save is refused rather than overwriting the first.
        </>
      )}
    </p>
  );
}

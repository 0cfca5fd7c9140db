import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseAbortReasonStacks } from '../../server/abort-reason-stacks';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Like a render: a large working set, and a controller aborted from inside a frame that closes over it. */
function render(reason: 'error' | 'none') {
  const workingSet = new Uint8Array(8 * 1024 * 1024);
  const controller = new AbortController();
  (function finishRender() {
    if (workingSet.length > 0) controller.abort(reason === 'error' ? new Error('This render completed.') : undefined);
  })();
  return { signal: controller.signal, workingSet: new WeakRef(workingSet) };
}

async function stillHeld(reason: 'error' | 'none'): Promise<boolean> {
  const { signal, workingSet } = render(reason);
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  // The signal (and its reason) stays reachable, as a request's store keeps it.
  expect(signal.aborted).toBe(true);
  return workingSet.deref() !== undefined;
}

describe('abort reasons', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it("keep a render's working set alive through the reason's unread stack, without the work-around", async () => {
    expect(await stillHeld('error')).toBe(true);
  });

  it('let it go once the production server has installed it, with a reason or without', async () => {
    restore = releaseAbortReasonStacks();
    expect(await stillHeld('error')).toBe(false);
    expect(await stillHeld('none')).toBe(false);
    const controller = new AbortController();
    controller.abort(new Error('kept'));
    expect((controller.signal.reason as Error).message).toBe('kept');
    expect((controller.signal.reason as Error).stack).toContain('kept');
    const bare = new AbortController();
    bare.abort();
    expect((bare.signal.reason as DOMException).name).toBe('AbortError');
  });
});

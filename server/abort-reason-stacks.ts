/**
 * A work-around for a memory leak in React's and Next's server rendering (react/react#37288, open;
 * vercel/next.js#84648): every render aborts AbortControllers with an Error whose stack nobody reads, and
 * V8 keeps such a stack as frame objects that hold each frame's closure and receiver. One receiver is the
 * Immediate the abort ran in, whose queue links reach every Immediate scheduled after it, each carrying the
 * store of the request that scheduled it: under steady load, every finished request stays reachable and
 * the server runs out of memory within minutes. Formatting the stack when the controller is aborted turns
 * it into a string and lets all of that go; a reason-less abort gets a DOMException with no stack at all.
 */
export function releaseAbortReasonStacks(): () => void {
  const prototype = AbortController.prototype;
  const abort = prototype.abort;
  prototype.abort = function abortWithFormattedStack(this: AbortController, reason?: unknown) {
    if (reason === undefined) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        reason = new DOMException('This operation was aborted', 'AbortError');
      } finally {
        Error.stackTraceLimit = limit;
      }
    } else if (reason instanceof Error) {
      void reason.stack;
    }
    abort.call(this, reason);
  };
  return () => {
    prototype.abort = abort;
  };
}

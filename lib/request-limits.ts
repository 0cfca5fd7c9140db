/**
 * Size limits on what clients send, in one place. Each input also has its own, smaller limit where it
 * is read (a title's length, an image's bytes, a search's words); these stop a body before it is read.
 */

/** Server actions: the largest is an image upload (5 MB of image, plus form encoding). */
export const MAX_ACTION_BODY_BYTES = 6 * 1024 * 1024;
/** Route handlers (sign-in endpoints): small forms only. */
export const MAX_ROUTE_BODY_BYTES = 64 * 1024;

/**
 * What a server action's encoded arguments may contain before React's decoder sees them. React's reply
 * format has references for promises, server functions, maps, typed arrays, streams and more, and a
 * reference it cannot resolve (a missing part, an unknown server function, a 20,000-digit BigInt, an
 * array nested thousands deep) throws inside Next, which answers 500. Paradox's forms only ever send
 * plain JSON values, form data and undefined, so everything else is refused before the action runs.
 */

/** The parts of one encoded reply: its root is part "0"; outlined parts are named by their decimal id. */
export type ReplyParts = ReadonlyMap<string, unknown>;

const MAX_DEPTH = 32;
const MAX_NODES = 20_000;
const MAX_BIGINT_DIGITS = 20;

/** Plain values React encodes as strings starting with "$" (besides references). */
const PLAIN_SPECIALS = new Set(['$undefined', '$Infinity', '$-Infinity', '$-0', '$NaN']);

interface Walk {
  parts: ReplyParts;
  formDataAllowed: boolean;
  nodes: number;
  walked: Set<string>;
}

class Refused extends Error {}

function refuse(reason: string): never {
  throw new Refused(reason);
}

function parsePart(walk: Walk, id: string): unknown {
  const raw = walk.parts.get(id);
  if (typeof raw !== 'string') refuse(`part ${id} is missing`);
  try {
    return JSON.parse(raw);
  } catch {
    return refuse(`part ${id} is not JSON`);
  }
}

/** An outlined part named by a hex reference ("$1a" or "$@1a", optionally with a ":key" path). */
function followReference(walk: Walk, reference: string): void {
  const [hex = '', ...path] = reference.split(':');
  if (!/^[0-9a-f]{1,8}$/.test(hex)) refuse('malformed reference');
  const id = String(Number.parseInt(hex, 16));
  let value = parsePart(walk, id);
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) refuse('reference path does not resolve');
    value = (value as Record<string, unknown>)[key];
  }
  if (walk.walked.has(id)) return;
  walk.walked.add(id);
  walkValue(walk, parsePart(walk, id), 0);
}

function checkString(walk: Walk, value: string): void {
  if (!value.startsWith('$')) return;
  const kind = value[1];
  if (kind === '$' || PLAIN_SPECIALS.has(value)) return;
  if (kind === 'K') {
    if (!walk.formDataAllowed) refuse('form data outside a multipart body');
    if (!/^\$K[0-9a-f]{1,8}$/.test(value)) refuse('malformed form data reference');
    return;
  }
  if (kind === 'D') {
    if (value.length > 64) refuse('malformed date');
    return;
  }
  if (kind === 'n') {
    if (!new RegExp(`^\\$n-?\\d{1,${MAX_BIGINT_DIGITS}}$`).test(value)) refuse('BigInt too large or malformed');
    return;
  }
  // Opaque client values (a function, a symbol) stand in as temporary references and decode harmlessly.
  if (value === '$T') return;
  if (kind === '@') return followReference(walk, value.slice(2));
  if (kind !== undefined && /[0-9a-f]/.test(kind)) return followReference(walk, value.slice(1));
  refuse(`unsupported value ${value.slice(0, 3)}`);
}

function walkValue(walk: Walk, value: unknown, depth: number): void {
  if (++walk.nodes > MAX_NODES) refuse('too many values');
  if (depth > MAX_DEPTH) refuse('nested too deeply');
  if (typeof value === 'string') return checkString(walk, value);
  if (typeof value !== 'object' || value === null) return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) walkValue(walk, item, depth + 1);
}

/**
 * Why these action arguments would not decode, or null when they would. `formDataAllowed` is true for
 * multipart bodies, the only kind that can carry form data.
 */
export function actionArgumentsProblem(parts: ReplyParts, options: { formDataAllowed: boolean }): string | null {
  const walk: Walk = { parts, formDataAllowed: options.formDataAllowed, nodes: 0, walked: new Set(['0']) };
  try {
    const root = parsePart(walk, '0');
    if (!Array.isArray(root)) refuse('the arguments are not a list');
    walkValue(walk, root, 0);
    return null;
  } catch (error) {
    if (error instanceof Refused) return error.message;
    throw error;
  }
}

/**
 * A form posted without JavaScript names its action in fields: `$ACTION_ID_<id>` (no arguments), or
 * `$ACTION_REF_<n>` with the action and its bound arguments encoded under the prefix `$ACTION_<n>:`.
 * Why such a form would not decode, or null (also for bodies that name no action at all).
 */
export function formActionProblem(fields: ReadonlyMap<string, unknown>): string | null {
  for (const name of fields.keys()) {
    const match = /^\$ACTION_REF_(\d{1,6})$/.exec(name);
    if (!match) continue;
    const prefix = `$ACTION_${match[1]}:`;
    const parts = new Map<string, unknown>();
    for (const [field, value] of fields) if (field.startsWith(prefix)) parts.set(field.slice(prefix.length), value);
    const walk: Walk = { parts, formDataAllowed: true, nodes: 0, walked: new Set(['0']) };
    try {
      const reference = parsePart(walk, '0');
      if (typeof reference !== 'object' || reference === null || Array.isArray(reference)) refuse('the action reference is not an object');
      const { id, bound } = reference as { id?: unknown; bound?: unknown };
      if (typeof id !== 'string' || !/^[0-9a-f]{2,128}$/i.test(id)) refuse('malformed action id');
      if (bound !== null && bound !== undefined) {
        if (typeof bound !== 'string' || !bound.startsWith('$@')) refuse('malformed bound arguments');
        const target = String(Number.parseInt(bound.slice(2), 16));
        if (!/^[0-9a-f]{1,8}$/.test(bound.slice(2))) refuse('malformed bound arguments');
        walk.walked.add(target);
        const args = parsePart(walk, target);
        if (!Array.isArray(args)) refuse('the bound arguments are not a list');
        walkValue(walk, args, 0);
      }
    } catch (error) {
      if (error instanceof Refused) return error.message;
      throw error;
    }
  }
  return null;
}

/**
 * Reading a server action's form. Browsers always send FormData, but a hand-made request can send
 * anything in its place; these read such input as empty fields, so the action answers with its usual
 * validation message instead of crashing into a 500.
 */
export function formValue(form: unknown, name: string): string {
  if (!(form instanceof FormData)) return '';
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function formFile(form: unknown, name: string): File | null {
  if (!(form instanceof FormData)) return null;
  const value = form.get(name);
  return value instanceof File ? value : null;
}

/** The previous useActionState value, or the initial one when the request carried something else. */
export function previousState<T extends object>(previous: unknown, initial: T): T {
  return typeof previous === 'object' && previous !== null ? { ...initial, ...previous } : initial;
}

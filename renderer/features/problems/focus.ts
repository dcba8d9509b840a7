/** How long a jump waits for its target to render (a tab switch and a table scroll take a frame or two). */
const ATTEMPTS = 20;

/** Focuses an element, or the first control inside it when it is a container such as a fieldset. */
export function focusElement(element: HTMLElement): void {
  const focusable = element.matches('input, select, textarea, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button');
  element.scrollIntoView?.({ block: 'center' });
  (focusable ?? element).focus();
}

/**
 * Focuses the element with `id` once it exists and is enabled, trying `fallbackId` if it never becomes
 * focusable (e.g. "move up" got disabled because the row reached the top).
 */
export function focusSoon(id: string, fallbackId?: string): void {
  let left = ATTEMPTS;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element && !(element as HTMLButtonElement).disabled) return focusElement(element);
    if (fallbackId && element) return focusSoon(fallbackId);
    if (--left > 0) setTimeout(attempt, 16);
    else if (fallbackId) focusSoon(fallbackId);
  };
  setTimeout(attempt, 0);
}

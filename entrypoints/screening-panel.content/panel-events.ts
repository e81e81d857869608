/** Panel controls act on a person's own clicks and changes only, never on events a page script fires. */
export function onTrusted(element: HTMLElement, type: 'click' | 'change', handler: () => void): void {
  element.addEventListener(type, (event) => {
    if (event.isTrusted) handler();
  });
}

let idCounter = 0;
/** A fresh id for a label and its control inside our shadow root. */
export const uid = (prefix: string) => `ew-${prefix}-${(idCounter += 1)}`;

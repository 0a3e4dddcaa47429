// Enter submits a form from any of its controls, not only text inputs: browsers ignore Enter on a <select> or a
// checkbox, and a clerk entering a form by keyboard should not have to reach for the mouse to save.
import type { KeyboardEvent } from 'react';

export function enterSubmits(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.shiftKey || e.nativeEvent.isComposing) return;
  const target = e.target as HTMLElement;
  const isChoice =
    target.tagName === 'SELECT' ||
    (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'));
  if (!isChoice) return;
  e.preventDefault();
  e.currentTarget.requestSubmit();
}

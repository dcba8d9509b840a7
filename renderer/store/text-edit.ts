import type { EditOptions } from './types';

/**
 * Undo grouping for typing into one control: consecutive keystrokes are one step, and a typed space
 * closes the step, so undo takes back a word at a time rather than a letter.
 */
export function typingGroup(controlId: string, value: string): EditOptions {
  return { group: controlId, endGroup: /\s$/.test(value) };
}

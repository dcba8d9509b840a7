/** A file the run cannot use; the lines say what is wrong and where. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0] ?? 'bad input');
  }
}

import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../shared/draft-file/import-draft';
import { locateJsonError } from '../../shared/draft-file/json-error';

describe('locateJsonError', () => {
  it.each([
    ['{"a":}', 1, 6, 'unexpected "}"'],
    ['{"a":1', 1, 7, 'the file ends too early'],
    ['{\n  "a": [1, 2,],\n}', 2, 13, 'a trailing comma before "]"'],
    ['{\n  "a": 1,\n}', 2, 9, 'a trailing comma before "}"'],
    ["{'a': 1}", 1, 2, `expected a "quoted" key but found "'"`],
    ['{"a": tru}', 1, 7, 'unexpected word "tru" (text values need "double quotes")'],
    ['{"a": hello}', 1, 7, 'unexpected word "hello" (text values need "double quotes")'],
    ['{"a": "x\ny"}', 1, 9, 'a line break or control character inside a string (write it as \\n)'],
    ['// note\n{}', 1, 1, 'unexpected "/" (JSON has no comments)'],
    ['{"a" 1}', 1, 6, 'expected ":" but found "1"'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}" but found "\\""'],
    ['{"a": "\\x"}', 1, 8, 'an invalid escape "\\\\x"'],
    ['{"a": "open', 1, 7, 'a string that is never closed'],
    ['{} {}', 1, 4, 'unexpected "{" after the end of the data'],
    ['{"a": 01}', 1, 8, 'expected "," or "}" but found "1"'],
    ['{"a": -}', 1, 7, 'unexpected "-"'],
  ])('%j → line %i, column %i: %s', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ line, column, reason });
  });

  it('finds nothing in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}')).toBeUndefined();
  });

  it('puts line and column in the import error', () => {
    expect(parseDraftFile('{\n  "format_version": 1,\n  "name": "x",\n}\n')).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: 'The file is not valid JSON: a trailing comma before "}" at line 3, column 14.',
        },
      ],
    });
  });
});

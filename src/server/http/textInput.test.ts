import { describe, expect, test } from 'vitest';
import { AppError } from './appError';
import { cleanTextInput, withoutBidiControls } from './textInput';

describe('text input cleaning', () => {
  test('removes every bidirectional embedding, override and isolate, and nothing else', () => {
    expect(withoutBidiControls('a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j')).toBe('abcdefghij');
    // Marks (U+200E/F) are legitimate in right-to-left names and stay.
    expect(withoutBidiControls('\u200F张三\u200E')).toBe('\u200F张三\u200E');
    // The same regular expression serves many calls: no state carried between them.
    expect(['x\u202E', 'y\u202E', 'z\u202E'].map(withoutBidiControls)).toEqual(['x', 'y', 'z']);
  });

  test('cleans nested strings and keys in place and reports where a NUL is', () => {
    const body = { parties: [{ name: '李\u202E四' }], ['k\u2066']: 'v' };
    expect(cleanTextInput(body, 'body')).toEqual({ parties: [{ name: '李四' }], k: 'v' });
    const nul = () => cleanTextInput({ parties: [{ name: 'x' }, { name: '李\u0000四' }] }, 'body');
    expect(nul).toThrow(AppError);
    try {
      nul();
    } catch (e) {
      expect([(e as AppError).code, (e as AppError).details]).toEqual(['TEXT_NUL_CHARACTER', { path: 'body/parties/1/name' }]);
    }
  });

  // Found by the API fuzz: PostgreSQL's driver writes a lone surrogate as U+FFFD, so what is stored (or looked up)
  // is not what was checked; at login the throttle's counter came back under another key and the server answered 500.
  test.each([['\uD800'], ['a\uDC00b'], ['\uDBFF\uDBFF']])('a string with a lone surrogate (%j) is refused with TEXT_INVALID_UNICODE and where', (bad) => {
    try {
      cleanTextInput({ username: bad }, 'body');
      expect.unreachable();
    } catch (e) {
      expect([(e as AppError).status, (e as AppError).code, (e as AppError).details]).toEqual([400, 'TEXT_INVALID_UNICODE', { path: 'body/username' }]);
    }
  });

  test('characters outside the BMP, written as surrogate pairs, are ordinary text', () => {
    expect(cleanTextInput({ name: '𠀀𪚥 👨‍👩‍👧' }, 'body')).toEqual({ name: '𠀀𪚥 👨‍👩‍👧' });
  });

  test('a deeply nested body does not exhaust the stack', () => {
    const deep = JSON.parse('['.repeat(200_000) + '"\u202E"' + ']'.repeat(200_000)) as unknown;
    expect(() => cleanTextInput(deep, 'body')).not.toThrow();
  });
});

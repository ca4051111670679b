// Text on its way to the database: U+0000 is refused (PostgreSQL stores it in neither text nor jsonb), so is a lone
// surrogate (not Unicode text: the driver would store U+FFFD in its place), and the bidirectional formatting
// characters that make a name read differently from what it is are removed.
import type { FastifyInstance } from 'fastify';
import { AppError } from './appError';

// U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates): a name like "李四\u202E" would show reversed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

export const withoutBidiControls = (s: string): string => (BIDI_CONTROL.test(s) ? s.replace(BIDI_CONTROLS, '') : s);

function nulRefused(path: string): AppError {
  return new AppError(400, 'TEXT_NUL_CHARACTER', `${path} 含有空字符（U+0000），请删除后重新提交。`, `${path} contains a NUL character (U+0000); remove it and resubmit.`, { path });
}

// With the u flag a surrogate pair is one code point: only a surrogate without its partner is in Cs.
const LONE_SURROGATE = /\p{Cs}/u;

function notUnicodeRefused(path: string): AppError {
  return new AppError(400, 'TEXT_INVALID_UNICODE', `${path} 含有无效的 Unicode 字符（孤立的代理项），请检查输入法或复制来源后重新提交。`, `${path} contains text that is not valid Unicode (a lone surrogate); check where it was typed or copied from and resubmit.`, { path });
}

function cleanString(s: string, path: string): string {
  if (s.includes('\u0000')) throw nulRefused(path);
  if (LONE_SURROGATE.test(s)) throw notUnicodeRefused(path);
  return withoutBidiControls(s);
}

/**
 * Cleans every string (and every key) of a parsed request part in place, without recursion (a deeply nested JSON
 * body must not exhaust the stack); returns the cleaned value.
 */
export function cleanTextInput(value: unknown, root: string): unknown {
  if (typeof value === 'string') return cleanString(value, root);
  if (value === null || typeof value !== 'object') return value;
  const stack: { node: Record<string, unknown> | unknown[]; path: string }[] = [{ node: value as Record<string, unknown>, path: root }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((v, i) => visit(node, i, v, `${path}/${i}`));
      continue;
    }
    for (const [k, v] of Object.entries(node)) {
      const key = cleanString(k, `${path}/${k.split('\u0000').join('\\u0000')}`);
      if (key !== k) {
        delete node[k];
        node[key] = v;
      }
      visit(node, key, v, `${path}/${key}`);
    }
  }
  return value;

  function visit(parent: Record<string, unknown> | unknown[], key: string | number, v: unknown, path: string) {
    if (typeof v === 'string') (parent as Record<string | number, unknown>)[key] = cleanString(v, path);
    else if (v !== null && typeof v === 'object') stack.push({ node: v as Record<string, unknown>, path });
  }
}

/** Every request's body, query and path parameters are cleaned after parsing, before validation and handlers. */
export function installTextInputCleaning(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    req.body = cleanTextInput(req.body, 'body');
    cleanTextInput(req.query, 'query');
    cleanTextInput(req.params, 'params');
  });
}

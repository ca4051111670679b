// The code of the rule a call refuses with, or null when it is allowed: domain tests read as tables of codes.
import { DomainError } from '../../src/domain/errors/domainError';

export function refusalCode(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
  return null;
}

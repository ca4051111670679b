// For rule tests: the code of the DomainError a call refuses with, or null when it goes through.
import { DomainError } from './domainError';

export function refusalCode(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return null;
}

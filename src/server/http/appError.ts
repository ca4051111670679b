// HTTP-level refusals with a stable code and a message in both languages.
import type { DomainError, DomainErrorKind } from '../../domain/errors/domainError';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(en);
    this.name = 'AppError';
  }
}

const STATUS_OF: Record<DomainErrorKind, number> = { invalid: 422, conflict: 409, forbidden: 403, notFound: 404 };

export function fromDomainError(e: DomainError): AppError {
  return new AppError(STATUS_OF[e.kind], e.code, e.messages['zh-CN'], e.messages.en, e.details);
}

export const notFound = (what: { zh: string; en: string }, code = 'NOT_FOUND') =>
  new AppError(404, code, `${what.zh}不存在或您无权查看。`, `${what.en} does not exist or you may not see it.`);

export const forbidden = (zh: string, en: string, code = 'FORBIDDEN') => new AppError(403, code, zh, en);

export const conflict = (code: string, zh: string, en: string, details?: Record<string, unknown>) =>
  new AppError(409, code, zh, en, details);

export const invalid = (code: string, zh: string, en: string, details?: Record<string, unknown>) =>
  new AppError(400, code, zh, en, details);

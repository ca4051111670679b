// A refusal decided by a rule of law or of the case model; the server maps `kind` to an HTTP status.
export type DomainErrorKind = 'invalid' | 'conflict' | 'forbidden' | 'notFound';

export interface BilingualMessage {
  'zh-CN': string;
  en: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    readonly messages: BilingualMessage,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = 'DomainError';
  }
}

export function refuse(
  code: string,
  kind: DomainErrorKind,
  zh: string,
  en: string,
  details?: Record<string, unknown>,
): never {
  throw new DomainError(code, kind, { 'zh-CN': zh, en }, details);
}

/** The same refusal with its `field` (a path into the checked object, '/email') placed under `prefix` ('/addressConfirmation'). */
export function refusalUnder(err: unknown, prefix: string): unknown {
  if (!(err instanceof DomainError) || typeof err.details?.field !== 'string') return err;
  return new DomainError(err.code, err.kind, err.messages, { ...err.details, field: `${prefix}${err.details.field}` });
}

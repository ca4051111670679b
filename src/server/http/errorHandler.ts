// Turns every failure into {code, message, messages}: validation, malformed JSON, domain refusals, database conflicts.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors/domainError';
import { isDatabaseUnavailable } from '../db/connectionErrors';
import { AppError, fromDomainError } from './appError';
import { requestLanguage } from './language';

interface PgError {
  code?: string;
  constraint?: string;
}

function describeValidation(err: FastifyError): { zh: string; en: string; fields: { path: string; message: string }[] } {
  const fields = (err.validation ?? []).map((v) => ({
    path: `${err.validationContext ?? 'body'}${v.instancePath || ''}`,
    message: v.message ?? 'invalid',
  }));
  const list = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  return { zh: `请求数据不符合要求，请检查以下字段：${list}`, en: `The request is invalid; check these fields: ${list}`, fields };
}

// Unique constraints whose violation a person can fix, with what to tell them.
const UNIQUE_VIOLATIONS: Record<string, [string, string, string]> = {
  courts_code_uq: ['COURT_CODE_TAKEN', '该法院代字已被另一法院使用。', 'Another court already uses this court code.'],
  users_username_uq: ['USERNAME_TAKEN', '该用户名已被使用，请换一个。', 'This username is taken; choose another.'],
  divisions_court_name_uq: ['DIVISION_NAME_TAKEN', '本院已有同名庭室。', 'This court already has a division with that name.'],
  rooms_court_name_uq: ['ROOM_NAME_TAKEN', '本院已有同名法庭。', 'This court already has a courtroom with that name.'],
};

/** Seconds a client should wait before retrying while a dependency is unavailable (Retry-After on every 503). */
export const RETRY_AFTER_SECONDS = 5;

export const databaseUnavailable = () =>
  new AppError(
    503,
    'DATABASE_UNAVAILABLE',
    '数据库暂时无法访问或过于繁忙，请稍后重试。如您刚才在保存修改，请先刷新查看是否已保存，再决定是否重做。',
    'The database cannot be reached or is too busy right now; retry in a few seconds. If you were saving a change, reload first to see whether it was saved before repeating it.',
  );

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof DomainError) return fromDomainError(err);
  if (isDatabaseUnavailable(err)) return databaseUnavailable();
  // drizzle wraps driver errors; the PostgreSQL error (with its SQLSTATE) is the cause.
  const cause = (err as { cause?: PgError }).cause;
  const fe = (cause?.code ? cause : err) as FastifyError & PgError;
  const known = fe.code === '23505' && fe.constraint ? UNIQUE_VIOLATIONS[fe.constraint] : undefined;
  if (known) return new AppError(409, known[0], known[1], known[2]);
  if (fe.validation) {
    const d = describeValidation(fe);
    return new AppError(400, 'VALIDATION_FAILED', d.zh, d.en, { fields: d.fields });
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'MALFORMED_JSON', '请求体不是有效的 JSON。', 'The request body is not valid JSON.');
    case 'FST_ERR_BAD_URL':
      return new AppError(400, 'URL_INVALID', '请求地址含有无法解码的字符，请检查链接。', 'The address contains characters that cannot be decoded; check the link.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'PAYLOAD_TOO_LARGE', '请求体过大。', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的请求内容类型，请使用 application/json。', 'Unsupported content type; send application/json.');
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(413, 'UPLOAD_TOO_LARGE', '上传的文件超过大小限制。', 'The uploaded file exceeds the size limit.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(415, 'UPLOAD_NOT_MULTIPART', '上传文件请使用 multipart/form-data。', 'Upload files as multipart/form-data.');
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError(400, 'UPLOAD_ONE_FILE', '每次只能上传一个文件。', 'Upload one file at a time.');
    case '23505':
      return new AppError(409, 'CONFLICT', '数据已被他人修改或已存在，请刷新后重试。', 'The data was changed by someone else or already exists; refresh and retry.', { constraint: fe.constraint });
    case '40001':
    case '40P01':
      return new AppError(409, 'CONCURRENT_UPDATE', '同时有其他操作，请重试。', 'Another change happened at the same time; please retry.');
    case '23503':
      return new AppError(422, 'REFERENCED_RECORD_MISSING', '请求引用的记录（如人员、法院、案件）不存在或已被删除，请刷新后重新选择。', 'The request refers to a record (a person, court or case) that does not exist or was removed; refresh and choose again.', { constraint: fe.constraint });
    case '23502':
    case '23514':
      return new AppError(422, 'VALUE_NOT_ALLOWED', '请求中的某个值不被允许（必填项为空或超出允许范围）。', 'A value in the request is not allowed (a required value is empty or out of range).', { constraint: fe.constraint });
    case '22P02':
    case '22003':
    case '22008':
    case '22007':
    case '22001':
    case '22021':
    case '22P05':
      return new AppError(400, 'VALUE_OUT_OF_RANGE', '请求中的值无效或超出范围。', 'A value in the request is invalid or out of range.');
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(fe.statusCode, 'BAD_REQUEST', `请求无效：${fe.message}`, `Bad request: ${fe.message}`);
  }
  return new AppError(500, 'INTERNAL_ERROR', '服务器内部错误，请稍后重试；如持续出现请联系管理员。', 'Internal server error; retry later and contact the administrator if it persists.');
}

/** Headers a failed file download had set before its stream failed; the error is JSON, not the file. */
const DOWNLOAD_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-sha256'];

export function sendError(req: FastifyRequest, reply: FastifyReply, e: AppError) {
  const lang = requestLanguage(req);
  // A stream that fails before its first byte (a stored file gone missing) has already copied its headers onto the
  // raw response; left there, Fastify refuses to send an object under the file's content type.
  for (const h of DOWNLOAD_HEADERS) reply.removeHeader(h);
  reply.type('application/json; charset=utf-8');
  if (e.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply.status(e.status).send({
    code: e.code,
    message: lang === 'en' ? e.en : e.zh,
    messages: { 'zh-CN': e.zh, en: e.en },
    ...(e.details ? { details: e.details } : {}),
  });
}

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err, req, reply) => {
    const e = toAppError(err);
    if (e.status === 503) req.log.warn({ code: e.code, err }, 'request failed: a dependency is unavailable');
    else if (e.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: e.code }, 'request refused');
    return sendError(req, reply, e);
  });
}

import type { FastifyRequest } from 'fastify';

export type Lang = 'zh-CN' | 'en';

/** zh-CN unless the client prefers English. */
export function requestLanguage(req: FastifyRequest): Lang {
  const h = String(req.headers['accept-language'] ?? '').trim().toLowerCase();
  return h.startsWith('en') ? 'en' : 'zh-CN';
}

// Security headers on every response (API, web app, /api/docs, downloads), set by @fastify/helmet.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of the web app and /api/docs. Both load only their own scripts (Vite emits one module
 * script file, swagger-ui three script files, neither has inline script or eval), so scripts are 'self' alone and
 * inline event handlers are refused. Styles need 'unsafe-inline': antd's CSS-in-JS inserts <style> elements at run
 * time and index.html carries a small inline <style>; a nonce would need index.html templated per request and antd
 * told the nonce through ConfigProvider, for a directive whose worst abuse (CSS injection) needs markup injection
 * that React's escaping and the script policy already stop. Images allow data: (antd's and swagger-ui's inline SVG).
 */
export function contentSecurityPolicy(isHttps: boolean): Record<string, string[] | null> {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    // Over plain HTTP (a laptop demo, a LAN without TLS) upgrading would break every request.
    upgradeInsecureRequests: isHttps ? [] : null,
  };
}

export async function installSecurityHeaders(app: FastifyInstance, opts: { isHttps: boolean }): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(opts.isHttps) },
    // Case pages carry case ids in their paths: no referrer leaves the court's site.
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // Only when the operator says the site is HTTPS (SECURE_COOKIES); subdomains may be run by others, so not them.
    strictTransportSecurity: opts.isHttps ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });
}

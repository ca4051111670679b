// Configuration from the environment, with defaults that run a demo court on a laptop.
import path from 'node:path';
import { parseTrustProxy, type TrustProxy } from './network/trustProxy';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** External PostgreSQL; when absent the embedded server under dataDir is used. */
  databaseUrl: string | undefined;
  /** A read replica for dashboards and statistics, which may lag the primary by seconds; unset: the primary. */
  databaseReadUrl: string | undefined;
  /** How long a request waits to open (or be given) a database connection before it is answered 503. */
  databaseConnectTimeoutSeconds: number;
  /** Port for the embedded PostgreSQL; 0 picks a free one. */
  embeddedPgPort: number;
  logLevel: string;
  seedDemo: boolean;
  sessionTtlHours: number;
  uploadMaxBytes: number;
  /** Set when served over HTTPS: cookies carry the Secure flag, responses HSTS and upgrade-insecure-requests. */
  secureCookies: boolean;
  /** The proxies in front of the server (TRUST_PROXY): a count or their addresses; false: clients connect directly. */
  trustProxy: TrustProxy;
  /** HMAC key of the known-device cookies that exempt a browser from login limits (KNOWN_DEVICE_SECRET); unset: generated under dataDir/auth. */
  knownDeviceSecret: string | undefined;
  timeZone: string;
  webDir: string | undefined;
  /** How often each process runs the period sweep; 0 turns scheduled jobs off (tests run them by hand). */
  jobsIntervalSeconds: number;
  /** Background jobs (statement posting, …) this process runs at once; 0: none (a process that only serves requests). */
  jobWorkers: number;
  /** SMTP server for electronic service by e-mail (e.g. smtp://user:pass@mail.court.example:587); unset: no e-mail channel. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** A CJK font for PDF documents (PDF_FONT_PATH; PDF_FONT_NAME inside a .ttc); unset: Noto CJK at its Debian place. */
  pdfFontPath: string | undefined;
  pdfFontName: string | undefined;
  /** Tesseract for OCR of scanned pages (TESSERACT_PATH; default `tesseract` on PATH); missing: pages say OCR is not installed. */
  tesseractPath: string;
  /** Where poppler's pdfinfo/pdftotext/pdftoppm are (POPPLER_DIR; default: on PATH). */
  popplerDir: string | undefined;
  /** LibreOffice for DOCX → PDF (SOFFICE_PATH; default `soffice`; `off`: no conversion, DOCX pages say so). */
  sofficePath: string | null;
  /** Whether generated documents get a PDF rendition and their pages read (READ_GENERATED_DOCUMENTS=off: not; tests that need it say so). */
  readGeneratedDocuments: boolean;
  /** Online mediation sessions' meeting link (MEDIATION_MEETING_URL, with {caseNumber} and {session}); unset: offline only. */
  mediationMeetingUrl: string | undefined;
  /** The address parties use to reach this server, for links in e-mails and messages. */
  publicUrl: string;
  /** The transparency log's Ed25519 key (PRIVATE+KEY+… text); unset: generated once under dataDir/transparency. */
  tlogSigningKey: string | undefined;
  /** The checkpoint origin line of a new log (fixed by its first checkpoint). */
  tlogOrigin: string;
  /** Witnesses asked to cosign each new checkpoint (C2SP tlog-witness); empty: none. */
  tlogWitnesses: WitnessEntry[];
}

export interface WitnessEntry {
  name: string;
  /** The witness's cosignature/v1 verifier key (vkey of type 0x04). */
  verifierKey: string;
  /** Its submission prefix: the log POSTs to `<url>/add-checkpoint`. */
  url: string;
}

/** TLOG_WITNESSES: `<name> <vkey> <url>` entries separated by ';' or newlines. */
export function parseWitnessList(text: string | undefined): WitnessEntry[] {
  return (text ?? '')
    .split(/[;\n]/u)
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      const [name, verifierKey, url, ...rest] = e.split(/\s+/u);
      if (!name || !verifierKey || !url || rest.length || !/^https?:\/\//u.test(url)) throw new Error(`TLOG_WITNESSES: expected "<name> <vkey> <http(s) url>", got "${e}"`);
      if (!verifierKey.startsWith(`${name}+`)) throw new Error(`TLOG_WITNESSES: the key ${verifierKey} is not named ${name}`);
      return { name, verifierKey, url: url.replace(/\/+$/u, '') };
    });
}

function int(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${v}"`);
  return n;
}

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined || v === '') return dflt;
  return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return {
    port: int(env.PORT, 8080, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    databaseConnectTimeoutSeconds: int(env.DATABASE_CONNECT_TIMEOUT_SECONDS, 3, 'DATABASE_CONNECT_TIMEOUT_SECONDS'),
    embeddedPgPort: int(env.EMBEDDED_PG_PORT, 0, 'EMBEDDED_PG_PORT'),
    logLevel: env.LOG_LEVEL || 'info',
    seedDemo: bool(env.SEED_DEMO, false),
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS'),
    uploadMaxBytes: int(env.UPLOAD_MAX_BYTES, 20 * 1024 * 1024, 'UPLOAD_MAX_BYTES'),
    secureCookies: bool(env.SECURE_COOKIES, false),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    knownDeviceSecret: env.KNOWN_DEVICE_SECRET || undefined,
    timeZone: env.COURT_TIME_ZONE || 'Asia/Shanghai',
    webDir: env.WEB_DIR || undefined,
    jobsIntervalSeconds: int(env.JOBS_INTERVAL_SECONDS, 60, 'JOBS_INTERVAL_SECONDS'),
    jobWorkers: int(env.JOB_WORKERS, 1, 'JOB_WORKERS'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'CourtFlow 送达 <service@courtflow.invalid>',
    pdfFontPath: env.PDF_FONT_PATH || undefined,
    pdfFontName: env.PDF_FONT_NAME || undefined,
    tesseractPath: env.TESSERACT_PATH || 'tesseract',
    popplerDir: env.POPPLER_DIR || undefined,
    sofficePath: env.SOFFICE_PATH === 'off' ? null : env.SOFFICE_PATH || 'soffice',
    readGeneratedDocuments: env.READ_GENERATED_DOCUMENTS !== 'off',
    mediationMeetingUrl: env.MEDIATION_MEETING_URL || undefined,
    publicUrl: (env.PUBLIC_URL || `http://127.0.0.1:${int(env.PORT, 8080, 'PORT')}`).replace(/\/$/, ''),
    tlogSigningKey: env.TLOG_SIGNING_KEY || undefined,
    tlogOrigin: env.TLOG_ORIGIN || `${new URL(env.PUBLIC_URL || 'http://localhost').host}/courtflow-log`,
    tlogWitnesses: parseWitnessList(env.TLOG_WITNESSES),
    ...overrides,
  };
}

// What use cases and routes are given: database, configuration, clock, blob store, randomness, logger.
import type { Logger } from 'pino';
import type pg from 'pg';
import { dateInZone, type PlainDate } from '../domain/calendar/plainDate';
import type { BlobStore } from './blobs/blobStore';
import type { Config } from './config';
import type { Db } from './db/database';
import type { TransparencyLog } from './modules/transparency/transparencyLog';

export interface Clock {
  now(): Date;
  /** Today's calendar date in the courts' time zone. */
  today(): PlainDate;
}

export function systemClock(timeZone: string): Clock {
  return {
    now: () => new Date(),
    today: () => dateInZone(new Date(), timeZone),
  };
}

export interface Deps {
  db: Db;
  /** Reads that tolerate replica lag (dashboards): DATABASE_READ_URL when set, else `db`. */
  readDb: Db;
  pool: pg.Pool;
  config: Config;
  clock: Clock;
  blobs: BlobStore;
  /** Uniform in [0, 1); cryptographic so that random assignment cannot be predicted. */
  random: () => number;
  log: Logger;
  transparency: TransparencyLog;
  /** HMAC key of the known-device cookies (src/server/auth/knownDevice.ts). */
  knownDeviceKey: Buffer;
}

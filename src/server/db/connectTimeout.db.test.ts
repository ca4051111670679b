// A database host that takes the TCP connection but never answers (a hung server, a half-dead network path): a
// query must fail within the connect timeout as "unavailable", not wait for the OS to give up minutes later.
import net from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { toAppError } from '../http/errorHandler';
import { openDatabase } from './database';

let silent: net.Server;
let port: number;
const sockets: net.Socket[] = [];
beforeAll(async () => {
  silent = net.createServer((s) => sockets.push(s)); // accepts, then says nothing
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  port = (silent.address() as net.AddressInfo).port;
});
afterAll(async () => {
  sockets.forEach((s) => s.destroy());
  await new Promise((resolve) => silent.close(resolve));
});

test('a query against a silent server fails within the connect timeout as DATABASE_UNAVAILABLE', async () => {
  const database = openDatabase(`postgres://courtflow:x@127.0.0.1:${port}/courtflow`, 2, 500);
  try {
    const started = Date.now();
    const err = await database.pool.query('select 1').then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    const e = toAppError(err);
    expect([e.status, e.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
  } finally {
    await database.close();
  }
});

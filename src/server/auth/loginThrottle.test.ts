import { expect, test } from 'vitest';
import { loginCounters, progressiveDelaySeconds } from './loginThrottle';

test.each([
  [1, 0],
  [4, 0],
  [5, 30],
  [6, 60],
  [7, 120],
  [9, 480],
  [10, 900],
  [50, 900],
])('after %d failures in a row the next attempt waits %d s', (failures, seconds) => {
  expect(progressiveDelaySeconds(failures)).toBe(seconds);
});

test('a known device is held only by its own counter; an unknown browser by its pair, the account and the address', () => {
  expect(loginCounters(' NG-Judge1 ', '::ffff:203.0.113.7', 'dev1').map((c) => c.key)).toEqual(['device:ng-judge1:dev1']);
  expect(loginCounters('NG-Judge1', '2001:db8:1:2::7', null).map((c) => c.key)).toEqual([
    'pair:ng-judge1|2001:db8:1:2::/64',
    'account:ng-judge1',
    'address:2001:db8:1:2::/64',
  ]);
});

// Every effect kind has one handler: a capability naming another's kind is refused when the engine is assembled.
import { describe, expect, test } from 'vitest';
import { CASE_EVENT_ENGINE, oneHandlerEach } from './caseEventEngine';
import type { EffectHandler } from './modules/cases/effects/effectContext';

const handler: EffectHandler = async () => ({});

describe('one handler per effect kind', () => {
  test('the server assembles its engine', () => expect(Object.keys(CASE_EVENT_ENGINE.effects).length).toBeGreaterThan(50));

  test('a kind handled by two capabilities is refused, naming both', () => {
    expect(() => oneHandlerEach({ trial: { recordCounterclaim: handler }, criminal: { recordCounterclaim: handler } })).toThrow(/recordCounterclaim.*trial and criminal/);
    expect(Object.keys(oneHandlerEach({ trial: { recordCounterclaim: handler }, criminal: { recordCriminalCounterclaim: handler } }))).toEqual(['recordCounterclaim', 'recordCriminalCounterclaim']);
  });
});

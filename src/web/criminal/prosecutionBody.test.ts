// The 提起公诉 form sends a body the route accepts.
import dayjs from 'dayjs';
import { Value } from 'typebox/value';
import { describe, expect, test } from 'vitest';
import { ProsecutionInput } from '../../contracts/criminal';
import { prosecutionBody } from './prosecutionBody';

describe('the prosecution form’s body', () => {
  test('a detained defendant with a plea; empty evidence rows and fields dropped', () => {
    const body = prosecutionBody({
      indictmentId: 5,
      facts: ' 盗窃手机一部。 ',
      evidence: [{ name: ' 监控录像 ', description: ' ' }, { name: '' }],
      defendants: [{ name: ' 赵某 ', idNumber: '22010219900101123x', birthOn: dayjs('1990-01-01'), detentionStatus: 'detained', custodyPlace: ' 长春市看守所 ', custodyFrom: dayjs('2026-01-05'), custodyTo: dayjs('2026-01-06'), chargeIds: [264], pleaMin: 12, pleaMax: 18 }],
    });
    expect(body).toEqual({
      indictmentId: 5,
      facts: '盗窃手机一部。',
      evidence: [{ name: '监控录像' }],
      defendants: [{ name: '赵某', idNumber: '22010219900101123X', birthOn: '1990-01-01', detentionStatus: 'detained', custodyPlace: '长春市看守所', custodyIntervals: [{ from: '2026-01-05' }], chargeIds: [264], plea: { main: 'fixedTerm', minMonths: 12, maxMonths: 18 } }],
    });
    expect(Value.Check(ProsecutionInput, body)).toBe(true);
  });

  test('a defendant on bail after custody, without a plea', () => {
    const body = prosecutionBody({ indictmentId: 5, facts: '事实', evidence: [{ name: '书证' }], defendants: [{ name: '钱某', idNumber: '220102201005011230', birthOn: dayjs('2010-05-01'), detentionStatus: 'bail', custodyFrom: dayjs('2026-01-05'), custodyTo: dayjs('2026-01-20'), chargeIds: [1] }] });
    expect(body.defendants[0]).toEqual({ name: '钱某', idNumber: '220102201005011230', birthOn: '2010-05-01', detentionStatus: 'bail', custodyIntervals: [{ from: '2026-01-05', to: '2026-01-20' }], chargeIds: [1] });
    expect(Value.Check(ProsecutionInput, body)).toBe(true);
  });
});

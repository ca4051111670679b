// The 自诉 form sends a body the route accepts (CrPL arts 114, 210).
import dayjs from 'dayjs';
import { Value } from 'typebox/value';
import { describe, expect, test } from 'vitest';
import { PrivateProsecutionInput } from '../../contracts/criminal';
import { privateProsecutionBody } from './privateProsecutionBody';

const defendant = { name: ' 周某 ', idNumber: '220102198803031230', birthOn: dayjs('1988-03-03'), detentionStatus: 'notDetained', chargeIds: [246], pleaMin: 6 };

describe('the private prosecution form’s body', () => {
  test('the victim on ground (1): trimmed, no plea, no victim block', () => {
    const body = privateProsecutionBody({
      courtId: 3, complaintId: 7, ground: 'complaintOnly', complainantName: ' 张三 ', complainantIdNumber: '22010219850515001x', capacity: 'victim',
      victimName: '不应出现', victimCondition: 'deceased', facts: ' 公然侮辱。 ', evidence: [{ name: ' 聊天记录 ' }, { name: ' ' }], defendants: [defendant], willingToMediate: true,
    });
    expect(body).toEqual({
      courtId: 3, complaintId: 7, ground: 'complaintOnly', complainant: { name: '张三', idNumber: '22010219850515001X' }, capacity: 'victim',
      evidence: [{ name: '聊天记录' }], facts: '公然侮辱。',
      defendants: [{ name: '周某', idNumber: '220102198803031230', birthOn: '1988-03-03', detentionStatus: 'notDetained', custodyIntervals: [], chargeIds: [246] }],
      willingToMediate: true,
    });
    expect(Value.Check(PrivateProsecutionInput, body)).toBe(true);
  });

  test('a near relative of a deceased victim on ground (3) with the authorities’ decision', () => {
    const body = privateProsecutionBody({
      courtId: 3, complaintId: 7, ground: 'authoritiesDeclined', authoritiesDecision: ' 不予立案通知书 ', complainantName: '李四', complainantIdNumber: '220104199001010020',
      capacity: 'nearRelative', victimName: '李某', victimCondition: 'deceased', facts: '事实', evidence: [{ name: '书证' }], defendants: [defendant],
    });
    expect(body).toMatchObject({ ground: 'authoritiesDeclined', authoritiesDecision: '不予立案通知书', capacity: 'nearRelative', victim: { name: '李某', condition: 'deceased' } });
    expect(Value.Check(PrivateProsecutionInput, body)).toBe(true);
  });
});

// The 自诉 events' rules (CrPL arts 212, 213): which case may be mediated, settled or withdrawn, and which counterclaim lies.
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import { checkCounterclaim, checkPrivateProsecutionEvent, type PrivateCaseFacts, type PrivateProsecutionEvent } from './privateProsecutionEvents';

describe('CrPL art 212: mediation, settlement and withdrawal', () => {
  test.each<[PrivateProsecutionEvent, PrivateCaseFacts, string | null]>([
    ['mediatePrivateProsecution', { prosecution: 'private', ground: 'complaintOnly' }, null],
    ['mediatePrivateProsecution', { prosecution: 'private', ground: 'minorWithEvidence' }, null],
    ['mediatePrivateProsecution', { prosecution: 'private', ground: 'authoritiesDeclined' }, 'MEDIATION_NOT_ALLOWED'],
    ['mediatePrivateProsecution', { prosecution: 'public', ground: null }, 'NOT_PRIVATE_PROSECUTION'],
    ['approvePrivateEnding', { prosecution: 'private', ground: 'authoritiesDeclined' }, null],
    ['approvePrivateEnding', { prosecution: 'private', ground: 'complaintOnly' }, null],
    ['approvePrivateEnding', { prosecution: 'public', ground: null }, 'NOT_PRIVATE_PROSECUTION'],
    ['fileCriminalCounterclaim', { prosecution: 'private', ground: 'authoritiesDeclined' }, null],
    ['fileCriminalCounterclaim', { prosecution: 'public', ground: null }, 'NOT_PRIVATE_PROSECUTION'],
  ])('%s on %j', (event, facts, code) => expect(refusalCode(() => checkPrivateProsecutionEvent(event, facts))).toBe(code));
});

describe('CrPL art 213: the counterclaim', () => {
  test.each([
    ['侮辱 upon complaint', 'complaintOnly', ['侮辱罪'], null],
    ['a minor case with evidence', 'minorWithEvidence', ['故意伤害罪'], null],
    ['theft as a complaint-only case', 'complaintOnly', ['盗窃罪'], 'CHARGE_NOT_COMPLAINT_ONLY'],
    ['a case the authorities declined', 'authoritiesDeclined', ['故意伤害罪'], 'COUNTERCLAIM_GROUND_NOT_ALLOWED'],
  ] as const)('%s', (_, ground, chargeNames, code) => expect(refusalCode(() => checkCounterclaim({ ground, chargeNames }))).toBe(code));
});

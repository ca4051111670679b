import { describe, expect, test } from 'vitest';
import type { FilingParty } from '../filing/validateFiling';
import { refusalCode } from '../errors/refusalCode.fixture';
import { checkAdministrativeFiling } from './administrativeFiling';
import type { ChallengedAct } from './lawsuitDeadline';

const plaintiff: FilingParty = { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: '11010519491231002X' };
const organ: FilingParty = { standing: 'defendant', kind: 'organ', name: '长春市南关区市场监督管理局', legalRepresentative: '王某' };
const act: ChallengedAct = { name: '行政处罚决定', actOn: '2026-01-10', knownOn: '2026-01-12' };

const code = (parties: FilingParty[], a: ChallengedAct = act, filedOn = '2026-03-10') => refusalCode(() => checkAdministrativeFiling(parties, a, filedOn));

describe('a complaint against an administrative organ (ALL arts 3, 26, 45–46)', () => {
  test.each<[string, FilingParty[], ChallengedAct, string | null]>([
    ['an organ with its head', [plaintiff, organ], act, null],
    ['a company as defendant', [plaintiff, { ...organ, kind: 'organization' }], act, 'ADMIN_DEFENDANT_NOT_ORGAN'],
    ['an organ without its head', [plaintiff, { ...organ, legalRepresentative: ' ' }], act, 'ADMIN_ORGAN_HEAD_REQUIRED'],
    ['known before made', [plaintiff, organ], { ...act, knownOn: '2026-01-09' }, 'ADMIN_ACT_DATES_INVALID'],
    ['known after filing', [plaintiff, organ], { ...act, knownOn: '2026-03-11' }, 'ADMIN_ACT_DATES_INVALID'],
    ['reconsideration before the act', [plaintiff, organ], { ...act, reconsideration: { decisionOn: '2026-01-01' } }, 'ADMIN_ACT_DATES_INVALID'],
    ['decision received before made', [plaintiff, organ], { ...act, reconsideration: { decisionOn: '2026-03-01', receivedOn: '2026-02-28' } }, 'ADMIN_ACT_DATES_INVALID'],
  ])('%s → %s', (_what, parties, a, expected) => {
    expect(code(parties, a)).toBe(expected);
  });

  test('a late complaint is taken with a warning, not refused', () => {
    const r = checkAdministrativeFiling([plaintiff, organ], act, '2026-08-01');
    expect(r.isLate).toBe(true);
    expect(r.warning?.['zh-CN']).toContain('第四十六条');
  });
});

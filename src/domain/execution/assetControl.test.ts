import { describe, expect, test } from 'vitest';
import type { DomainError } from '../errors/domainError';
import { refusalCode } from '../errors/refusalCode.fixture';
import { AGENCY_KINDS, checkControlRequest, checkInquiryAnswer, defaultLegalBasis, isAgencyKind, nextStatus, type ControlTarget, type InquiryAnswer } from './assetControl';

const codeOf = (f: () => unknown) => refusalCode(f) ?? 'ok';

// rules.md §5.2 [S NETQUERY]: 总对总 national agencies, 点对点 the province's local ones.
describe('agencies by channel', () => {
  test.each([
    ['bank', 'national'],
    ['alipay', 'national'],
    ['realEstateRegistry', 'local'],
    ['civilAffairs', 'local'],
  ] as const)('%s is %s', (kind, channel) => {
    expect(AGENCY_KINDS[kind]!.channel).toBe(channel);
    expect(isAgencyKind(kind, channel)).toBe(true);
    expect(isAgencyKind(kind, channel === 'national' ? 'local' : 'national')).toBe(false);
  });

  test('the default legal basis cites ASSET-INV art 1 and NET-FREEZE', () => {
    expect(defaultLegalBasis('inquiry')).toMatch(/财产调查若干问题的规定》第一条.*网络查询、冻结被执行人存款的规定/);
    expect(defaultLegalBasis('freeze')).toContain('第四百八十五条');
  });
});

describe('an answer to an inquiry', () => {
  const account = { kind: 'account' as const, identifier: ' 6222 0200 ', description: '活期', balanceFen: 100 };
  test.each<[string, InquiryAnswer, string]>([
    ['nothing found', { assets: [] }, 'ok'],
    ['an account with its balance', { assets: [account] }, 'ok'],
    ['an account without a balance', { assets: [{ ...account, balanceFen: null }] }, 'ASSET_ANSWER_INVALID'],
    ['a negative balance', { assets: [{ ...account, balanceFen: -1 }] }, 'ASSET_ANSWER_INVALID'],
    ['a fractional balance', { assets: [{ ...account, balanceFen: 1.5 }] }, 'ASSET_ANSWER_INVALID'],
    ['real estate with a balance', { assets: [{ kind: 'realEstate', identifier: '吉(2024)长春市不动产权第0001号', description: '住宅', balanceFen: 5 }] }, 'ASSET_ANSWER_INVALID'],
    ['real estate with its certificate', { assets: [{ kind: 'realEstate', identifier: '吉(2024)长春市不动产权第0001号', description: '住宅' }] }, 'ok'],
    ['a vehicle with a plate', { assets: [{ kind: 'vehicle', identifier: '吉A·12345'.replace('·', ''), description: '轿车' }] }, 'ok'],
    ['a new-energy plate', { assets: [{ kind: 'vehicle', identifier: '吉AD12345', description: '轿车' }] }, 'ok'],
    ['a vehicle without a plate', { assets: [{ kind: 'vehicle', identifier: '12345', description: '轿车' }] }, 'ASSET_ANSWER_INVALID'],
    ['other property without a name', { assets: [{ kind: 'other', identifier: 'X1', description: ' ' }] }, 'ASSET_ANSWER_INVALID'],
    ['a blank identifier', { assets: [{ kind: 'securities', identifier: '  ', description: '' }] }, 'ASSET_ANSWER_INVALID'],
  ])('%s → %s', (_, answer, code) => {
    expect(codeOf(() => checkInquiryAnswer(answer))).toBe(code);
  });

  test('identifiers are normalised (spaces out, upper case)', () => {
    expect(checkInquiryAnswer({ assets: [account] }).assets[0]!.identifier).toBe('62220200');
    expect(checkInquiryAnswer({ assets: [{ kind: 'vehicle', identifier: '吉a12345', description: '' }] }).assets[0]!.identifier).toBe('吉A12345');
  });
});

describe('a control request', () => {
  const base: ControlTarget = { kind: 'freeze', assetKind: 'account', balanceFen: 100, amountFen: 50, hasActiveControl: false };
  test.each<[string, Partial<ControlTarget>, string]>([
    ['freeze a deposit with an amount', {}, 'ok'],
    ['freeze a deposit without one', { amountFen: null }, 'CONTROL_AMOUNT_REQUIRED'],
    ['seize a deposit', { kind: 'seize' }, 'CONTROL_KIND_INVALID'],
    ['seize real estate', { kind: 'seize', assetKind: 'realEstate', amountFen: null }, 'ok'],
    ['deduct from real estate', { kind: 'deduct', assetKind: 'realEstate' }, 'CONTROL_KIND_INVALID'],
    ['freeze twice', { hasActiveControl: true }, 'CONTROL_ALREADY_ACTIVE'],
    ['renew nothing', { kind: 'renew', amountFen: null }, 'CONTROL_NOT_ACTIVE'],
    ['renew a control in force', { kind: 'renew', amountFen: null, hasActiveControl: true }, 'ok'],
    ['release a control in force', { kind: 'unfreeze', amountFen: null, hasActiveControl: true }, 'ok'],
  ])('%s → %s', (_, change, code) => {
    expect(codeOf(() => checkControlRequest({ ...base, ...change }))).toBe(code);
  });

  test.each([
    ['awaitingApproval', 'approve', 'inquiry', 'sent'],
    ['awaitingApproval', 'reject', 'freeze', 'rejected'],
    ['sent', 'answer', 'inquiry', 'answered'],
    ['sent', 'execute', 'freeze', 'executed'],
    ['sent', 'refuse', 'deduct', 'refused'],
    ['answered', 'answer', 'inquiry', 'REQUEST_STATUS_CONFLICT'],
    ['awaitingApproval', 'answer', 'inquiry', 'REQUEST_STATUS_CONFLICT'],
    ['sent', 'execute', 'inquiry', 'REQUEST_ACTION_INVALID'],
    ['sent', 'answer', 'freeze', 'REQUEST_ACTION_INVALID'],
  ] as const)('%s + %s (%s) → %s', (from, action, kind, to) => {
    let got: string;
    try {
      got = nextStatus(from, action, kind);
    } catch (e) {
      got = (e as DomainError).code;
    }
    expect(got).toBe(to);
  });
});

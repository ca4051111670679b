import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../calendar/plainDate';
import type { DomainError } from '../errors/domainError';
import { checkExternalTitle, EXTERNAL_TITLE_KINDS, EXTERNAL_TITLE_RULES, type CourtLevel, type ExternalTitleData } from './externalTitle';

const award: ExternalTitleData = { kind: 'arbitralAward', issuer: '长春仲裁委员会', documentNumber: '（2026）长仲裁字第12号', effectiveOn: '2026-02-01', performanceDeadlines: ['2026-02-15'], hasCertificateFile: false };
const code = (t: ExternalTitleData, level: CourtLevel = 'intermediate', today = '2026-05-25') => {
  try {
    checkExternalTitle(t, level, today);
    return 'ok';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('an external title and its data (CPL-2023 arts 235, 248, 249)', () => {
  test.each([
    ['an award, effective, deadline after effect', award, 'ok'],
    ['effective in the future', { ...award, effectiveOn: '2026-06-01', performanceDeadlines: [] }, 'EXECUTION_TITLE_NOT_EFFECTIVE'],
    ['a deadline before the effect', { ...award, performanceDeadlines: ['2026-01-01'] }, 'EXECUTION_TITLE_DATA_INVALID'],
    ['a notarised instrument without certificate number', { ...award, kind: 'notarisedDebt', hasCertificateFile: true }, 'EXECUTION_CERTIFICATE_REQUIRED'],
    ['a notarised instrument without certificate file', { ...award, kind: 'notarisedDebt', certificateNumber: '（2026）吉长证执字第3号' }, 'EXECUTION_CERTIFICATE_REQUIRED'],
    ['a notarised instrument with both', { ...award, kind: 'notarisedDebt', certificateNumber: '（2026）吉长证执字第3号', hasCertificateFile: true }, 'ok'],
    ['another court’s judgment', { ...award, kind: 'courtJudgment', issuer: '长春市朝阳区人民法院', documentNumber: '（2025）吉0104民初88号' }, 'ok'],
  ] as const)('%s → %s', (_n, t, expected) => {
    expect(code(t as ExternalTitleData)).toBe(expected);
  });

  test('jurisdiction: an award at a basic court is a warning for the clerk, never a refusal', () => {
    expect(checkExternalTitle(award, 'basic', '2026-05-25').jurisdictionWarning?.['zh-CN']).toContain('中级人民法院');
    expect(checkExternalTitle(award, 'intermediate', '2026-05-25').jurisdictionWarning).toBeNull();
    expect(checkExternalTitle({ ...award, kind: 'courtJudgment' }, 'basic', '2026-05-25')).toMatchObject({ basis: 'CPL-2023 art 247', jurisdictionWarning: null });
  });

  test('every kind has its source, labels and at least one court level', () => {
    for (const k of EXTERNAL_TITLE_KINDS) {
      const r = EXTERNAL_TITLE_RULES[k];
      expect(r.basis).toMatch(/^CPL-2023/);
      expect(r.jurisdiction.levels.length).toBeGreaterThan(0);
      expect(r.label['zh-CN'] && r.label.en && r.issuerLabel['zh-CN']).toBeTruthy();
    }
  });

  test('property: refused exactly when effective after today, a deadline precedes the effect, or a certificate is missing', () => {
    const day = fc.integer({ min: -400, max: 400 }).map((n) => addDays('2026-05-25', n));
    fc.assert(
      fc.property(fc.constantFrom(...EXTERNAL_TITLE_KINDS), day, fc.array(day, { maxLength: 4 }), fc.boolean(), fc.boolean(), (kind, effectiveOn, deadlines, num, file) => {
        const t: ExternalTitleData = { kind, issuer: 'x', documentNumber: 'y', effectiveOn, performanceDeadlines: deadlines, certificateNumber: num ? 'c' : undefined, hasCertificateFile: file };
        const got = code(t, 'basic');
        const expected =
          effectiveOn > '2026-05-25' ? 'EXECUTION_TITLE_NOT_EFFECTIVE'
          : deadlines.some((d) => d < effectiveOn) ? 'EXECUTION_TITLE_DATA_INVALID'
          : kind === 'notarisedDebt' && !(num && file) ? 'EXECUTION_CERTIFICATE_REQUIRED'
          : 'ok';
        expect(got).toBe(expected);
      }),
    );
  });
});

import { describe, expect, test } from 'vitest';
// @ts-expect-error the CI script is plain JavaScript without declarations
import { summariseAudit } from './dependencyAudit.mjs';

const report = (vulnerabilities: Record<string, { severity: string; fixAvailable?: boolean }>) => ({
  vulnerabilities,
  metadata: { vulnerabilities: { high: Object.values(vulnerabilities).filter((v) => v.severity === 'high').length } },
});

describe('the dependency audit', () => {
  test('an unavailable advisory endpoint is reported and does not fail', () => {
    const s = summariseAudit({ message: '405 Method Not Allowed - POST …/advisories/bulk' });
    expect([s.available, s.fail]).toEqual([false, false]);
    expect(s.lines[0]).toContain('405 Method Not Allowed');
  });

  test('high or critical advisories fail unless allowed with a reason; moderate ones warn', () => {
    expect(summariseAudit(report({ a: { severity: 'moderate' } })).fail).toBe(false);
    expect(summariseAudit(report({ a: { severity: 'high' } })).fail).toBe(true);
    expect(summariseAudit(report({ a: { severity: 'critical' } })).fail).toBe(true);
    const allowed = summariseAudit(report({ a: { severity: 'high' } }), { a: 'no fix released; the vulnerable path is not used' });
    expect(allowed.fail).toBe(false);
    expect(allowed.lines.join('\n')).toContain('allowed: no fix released');
  });
});

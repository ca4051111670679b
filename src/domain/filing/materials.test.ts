// The materials a filing cannot do without (CPL-2023 arts 62, 123; CPL-Interp art 88), as a table.
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { APPEAL_AUTHORIZATION_HINT, checkRequiredMaterials, requiredAppealMaterials, requiredFilingMaterials } from './materials';

const missingOf = (filer: 'party' | 'lawyer', attached: string[]) => {
  try {
    checkRequiredMaterials(requiredFilingMaterials(filer), attached);
    return [];
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    expect(e.code).toBe('FILING_MATERIAL_MISSING');
    return e.details!.missing;
  }
};

describe('required materials of a complaint', () => {
  test.each<['party' | 'lawyer', string[], string[]]>([
    ['party', ['complaint', 'evidence'], []],
    ['party', ['evidence'], ['complaint']],
    ['party', [], ['complaint']],
    ['lawyer', ['complaint', 'authorization', 'lawyerLicence'], []],
    ['lawyer', ['complaint'], ['authorization', 'lawyerLicence']],
    ['lawyer', ['authorization', 'lawyerLicence'], ['complaint']],
    ['lawyer', ['complaint', 'authorization'], ['lawyerLicence']],
  ])('%s filing with %j misses %j', (filer, attached, missing) => {
    expect(missingOf(filer, attached)).toEqual(missing);
  });
});

describe('required materials of an appeal (CPL-2023 art 62 para 2)', () => {
  const refusalOf = (appellant: 'party' | 'lawyer', attached: string[]) => {
    try {
      checkRequiredMaterials(requiredAppealMaterials(appellant), attached, 'APPEAL_MATERIAL_MISSING', APPEAL_AUTHORIZATION_HINT);
      return null;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return e;
    }
  };

  test('a party appeals with or without further materials', () => {
    expect(refusalOf('party', [])).toBeNull();
    expect(refusalOf('party', ['appealPetition'])).toBeNull();
  });

  test('a lawyer needs a power of attorney filed with the appeal, and the refusal says why', () => {
    expect(refusalOf('lawyer', ['appealPetition', 'authorization'])).toBeNull();
    const e = refusalOf('lawyer', ['appealPetition'])!;
    expect(e.code).toBe('APPEAL_MATERIAL_MISSING');
    expect(e.details!.missing).toEqual(['authorization']);
    expect(e.messages['zh-CN']).toContain('“授权委托书”');
    expect(e.messages['zh-CN']).toContain('一审的授权委托书不能代替');
    expect(e.messages.en).toContain('Power of attorney');
  });
});

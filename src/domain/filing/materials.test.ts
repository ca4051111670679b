// The materials a filing cannot do without (CPL-2023 arts 62, 123; CPL-Interp art 88), as a table.
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { checkRequiredMaterials, requiredFilingMaterials } from './materials';

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

// Which second-instance type an appeal against a first-instance type opens at the next-higher court.
export const APPEAL_CASE_TYPE: Readonly<Record<string, string>> = {
  // CPL-2023 art 171.
  民初: '民终',
  // ALL art 85.
  行初: '行终',
};

export const SECOND_INSTANCE_TYPES: readonly string[] = Object.values(APPEAL_CASE_TYPE);

export function isSecondInstanceType(caseType: string): boolean {
  return SECOND_INSTANCE_TYPES.includes(caseType);
}

/** The 审判庭 kind that tries a case type (the division chosen at registration must be of it). */
export function divisionKindFor(caseType: string): 'civil' | 'administrative' {
  return caseType.startsWith('行') ? 'administrative' : 'civil';
}

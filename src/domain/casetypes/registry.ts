// Every declared case type, by 类型代字. A new case type is added here with its declaration and tests.
import { refuse } from '../errors/domainError';
import { administrativeFirstInstance } from './administrativeFirstInstance';
import { administrativeSecondInstance } from './administrativeSecondInstance';
import { civilFirstInstance } from './civilFirstInstance';
import { civilRetrial } from './civilRetrial';
import { civilRetrialReview } from './civilRetrialReview';
import { civilSecondInstance } from './civilSecondInstance';
import { criminalFirstInstance } from './criminalFirstInstance';
import { criminalSecondInstance } from './criminalSecondInstance';
import type { CaseTypeDeclaration } from './defineCaseType';
import { executionCase, restoredExecutionCase } from './executionCase';
import { executionObjectionCase } from './executionObjectionCase';
import { judicialConfirmationCase } from './judicialConfirmationCase';
import { preExecutionMediation, preFilingMediation } from './preFilingMediation';
import { paymentOrderCase } from './paymentOrderCase';
import { preservationCase } from './preservationCase';

export const CASE_TYPES: Readonly<Record<string, CaseTypeDeclaration>> = {
  [civilFirstInstance.code]: civilFirstInstance,
  [civilSecondInstance.code]: civilSecondInstance,
  [preFilingMediation.code]: preFilingMediation,
  [judicialConfirmationCase.code]: judicialConfirmationCase,
  [preExecutionMediation.code]: preExecutionMediation,
  [executionCase.code]: executionCase,
  [restoredExecutionCase.code]: restoredExecutionCase,
  [executionObjectionCase.code]: executionObjectionCase,
  [administrativeFirstInstance.code]: administrativeFirstInstance,
  [administrativeSecondInstance.code]: administrativeSecondInstance,
  [criminalFirstInstance.code]: criminalFirstInstance,
  [criminalSecondInstance.code]: criminalSecondInstance,
  [preservationCase.code]: preservationCase,
  [paymentOrderCase.code]: paymentOrderCase,
  [civilRetrialReview.code]: civilRetrialReview,
  [civilRetrial.code]: civilRetrial,
};

export function caseTypeOf(code: string): CaseTypeDeclaration {
  const t = Object.hasOwn(CASE_TYPES, code) ? CASE_TYPES[code] : undefined;
  if (!t) refuse('CASE_TYPE_UNKNOWN', 'invalid', `不支持的案件类型“${code}”。`, `Unknown case type "${code}".`);
  return t;
}

/** Case types a party may file online (网上立案); appeals are opened from the first-instance case. */
export const FILEABLE_CASE_TYPES = [civilFirstInstance.code, administrativeFirstInstance.code] as const;

// Form rules that run the domain's own checks in the browser, so the wizard says what is wrong on the field, at the
// step where it was typed, with the words the server would use.
import type { Rule } from 'antd/es/form';
import { validateResidentIdNumber, validateUnifiedCreditCode } from '../../domain/identity';
import type { BilingualMessage } from '../../domain/errors/domainError';
import { emailAddressProblem, mobileNumberProblem } from '../../domain/service/contactAddresses';
import { courtToday } from '../format/dates';

type Pick = (m: BilingualMessage) => string;

const check =
  (problem: (v: string) => BilingualMessage | null, pick: Pick): Rule =>
  () => ({
    validator: (_, value: unknown) => {
      const v = typeof value === 'string' ? value.trim() : '';
      const p = v ? problem(v) : null;
      return p ? Promise.reject(new Error(pick(p))) : Promise.resolve();
    },
  });

/** GB 11643-1999: shape, birth date (not after today) and check character of a 居民身份证号. */
export const residentIdRule = (pick: Pick): Rule =>
  check((v) => {
    const r = validateResidentIdNumber(v, { today: courtToday().format('YYYY-MM-DD') });
    return r.ok ? null : r.message;
  }, pick);

/** GB 32100-2015: shape, charset and check character of a 统一社会信用代码. */
export const creditCodeRule = (pick: Pick): Rule =>
  check((v) => {
    const r = validateUnifiedCreditCode(v);
    return r.ok ? null : r.message;
  }, pick);

export const emailRule = (pick: Pick): Rule => check(emailAddressProblem, pick);
export const mobileRule = (pick: Pick): Rule => check(mobileNumberProblem, pick);

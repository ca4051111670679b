// The shape of the electronic addresses a party gives for service (rules.md §3.3: SERVICE-2017 art 8, ONLINE-LIT
// art 29): what is wrong with one, said so the party can fix it. Shared by the server and the filing wizard.
import type { BilingualMessage } from '../errors/domainError';

const MOBILE = /^1[3-9]\d{9}$/;
const DOMAIN = /^[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;

const problem = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

/** What is wrong with a mainland mobile number (11 digits, 1 then 3–9), or null when nothing is. */
export function mobileNumberProblem(mobile: string): BilingualMessage | null {
  if (MOBILE.test(mobile)) return null;
  if (!/^\d+$/.test(mobile)) return problem('手机号码只能包含数字。', 'A mobile number has digits only.');
  if (mobile.length !== 11) return problem(`手机号码应为11位，现为${mobile.length}位。`, `A mobile number has 11 digits; this one has ${mobile.length}.`);
  return problem('手机号码应以13至19开头。', 'A mobile number starts with 13 to 19.');
}

/** What is wrong with an e-mail address (name@example.com), or null when nothing is. */
export function emailAddressProblem(email: string): BilingualMessage | null {
  if (/\s/.test(email)) return problem('电子邮箱不能包含空格。', 'An e-mail address has no spaces.');
  const at = email.split('@');
  if (at.length === 1) return problem('电子邮箱缺少“@”，应形如 name@example.com。', 'The e-mail address has no "@"; it looks like name@example.com.');
  if (at.length > 2) return problem('电子邮箱只能有一个“@”。', 'An e-mail address has one "@" only.');
  const [local, domain] = at as [string, string];
  if (!local) return problem('电子邮箱“@”前缺少用户名。', 'The e-mail address has nothing before the "@".');
  if (local.length > 64) return problem('电子邮箱“@”前的用户名不能超过64个字符。', 'The part before the "@" has at most 64 characters.');
  if (!DOMAIN.test(domain)) return problem('电子邮箱“@”后的域名不完整，应形如 example.com。', 'The part after the "@" is not a complete domain such as example.com.');
  return null;
}

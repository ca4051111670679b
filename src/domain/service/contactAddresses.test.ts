// What the party is told about a mistyped address, case by case.
import { describe, expect, test } from 'vitest';
import { emailAddressProblem, mobileNumberProblem } from './contactAddresses';

describe('an e-mail address says what is wrong with it', () => {
  test.each([
    ['zhangsan@example.test', null],
    ['a.b+c@mail.example.cn', null],
    ['zhangsan.example.test', '电子邮箱缺少“@”，应形如 name@example.com。'],
    ['zhang san@example.test', '电子邮箱不能包含空格。'],
    ['a@b@example.test', '电子邮箱只能有一个“@”。'],
    ['@example.test', '电子邮箱“@”前缺少用户名。'],
    [`${'a'.repeat(65)}@example.test`, '电子邮箱“@”前的用户名不能超过64个字符。'],
    ['a@b', '电子邮箱“@”后的域名不完整，应形如 example.com。'],
    ['a@example.c', '电子邮箱“@”后的域名不完整，应形如 example.com。'],
    ['a@example..cn', '电子邮箱“@”后的域名不完整，应形如 example.com。'],
  ])('%s', (email, zh) => expect(emailAddressProblem(email)?.['zh-CN'] ?? null).toBe(zh));
});

describe('a mobile number says what is wrong with it', () => {
  test.each([
    ['13800000001', null],
    ['1380000000', '手机号码应为11位，现为10位。'],
    ['138-0000-0001', '手机号码只能包含数字。'],
    ['12800000001', '手机号码应以13至19开头。'],
  ])('%s', (mobile, zh) => expect(mobileNumberProblem(mobile)?.['zh-CN'] ?? null).toBe(zh));
});

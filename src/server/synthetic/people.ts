// Plausible parties for synthetic cases: Chinese names, resident ID numbers and credit codes whose check characters
// are computed by the domain's GB 11643 / GB 32100 functions, phone numbers, companies.
import { residentIdCheckChar } from '../../domain/identity/residentIdNumber';
import { unifiedCreditCodeCheckChar } from '../../domain/identity/unifiedCreditCode';
import { weightedPicker, type Rng } from './random';

// The most common surnames, roughly by frequency (weights are ranks, not census figures).
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const surname = weightedPicker([...SURNAMES].map((s, i) => [s, 1 / (i + 8)] as const));
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国文辉力志宏丹萍鹏飞宇浩波斌海燕雪梅晨阳光亮成林凤琴云峰鑫颖琳欣怡佳慧婷倩雨思子涵博文俊凯瑞晓东春秋';
const ORG_KINDS = ['有限公司', '有限责任公司', '股份有限公司', '商贸有限公司', '建筑工程有限公司', '房地产开发有限公司', '物业服务有限公司', '汽车销售服务有限公司'];
const ORG_WORDS = '长吉松辽鑫盛华通远达利恒泰兴隆宏源信诚安顺德润嘉和东北春城新';
const BANKS = ['中国工商银行股份有限公司', '中国农业银行股份有限公司', '中国银行股份有限公司', '中国建设银行股份有限公司', '交通银行股份有限公司', '吉林银行股份有限公司'];
const STREETS = ['人民大街', '解放大路', '自由大路', '亚泰大街', '南湖大路', '西安大路', '重庆路', '大经路', '同志街', '东民主大街'];
// GB/T 2260 codes of the demo courts' districts (长春市南关区, 宽城区, 朝阳区): the address code of synthetic ID numbers.
const DISTRICTS = [
  { code: '220102', name: '吉林省长春市南关区' },
  { code: '220103', name: '吉林省长春市宽城区' },
  { code: '220104', name: '吉林省长春市朝阳区' },
];
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '138', '139', '150', '151', '155', '158', '159', '177', '186', '187', '189'];

export interface SyntheticPerson {
  kind: 'person';
  name: string;
  idNumber: string;
  address: string;
  phone: string;
}

export interface SyntheticOrganization {
  kind: 'organization';
  name: string;
  creditCode: string;
  legalRepresentative: string;
  address: string;
  phone: string;
}

export type SyntheticParty = SyntheticPerson | SyntheticOrganization;

export function personName(rng: Rng): string {
  const s = surname(rng);
  return rng.chance(0.35) ? s + rng.pick([...GIVEN]) : s + rng.pick([...GIVEN]) + rng.pick([...GIVEN]);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** An 18-digit number with a real district code, a birth date of an adult, and its GB 11643 check character. */
export function residentId(rng: Rng, code: string, onYear: number): string {
  const year = onYear - rng.int(20, 75);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const first17 = `${code}${year}${pad(month, 2)}${pad(day, 2)}${pad(rng.int(0, 999), 3)}`;
  return first17 + residentIdCheckChar(first17);
}

/** 9 (工商) 1 (企业) + district code + a 9-character organisation code, and the GB 32100 check character. */
export function creditCode(rng: Rng, code: string): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += CREDIT_CHARS[rng.int(0, i < 8 ? 9 : 30)];
  const first17 = `91${code}${org}`;
  return first17 + unifiedCreditCodeCheckChar(first17);
}

function address(rng: Rng, district: string): string {
  return `${district}${rng.pick(STREETS)}${rng.int(1, 3999)}号`;
}

function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + pad(rng.int(0, 99_999_999), 8);
}

export function syntheticPerson(rng: Rng, onYear: number): SyntheticPerson {
  const d = rng.pick(DISTRICTS);
  return { kind: 'person', name: personName(rng), idNumber: residentId(rng, d.code, onYear), address: address(rng, d.name), phone: mobile(rng) };
}

export function syntheticOrganization(rng: Rng, bank = false): SyntheticOrganization {
  const d = rng.pick(DISTRICTS);
  const name = bank
    ? `${rng.pick(BANKS)}长春${rng.pick(['南关', '宽城', '朝阳', '二道', '绿园'])}支行`
    : `吉林省${rng.pick([...ORG_WORDS])}${rng.pick([...ORG_WORDS])}${rng.pick(ORG_KINDS)}`;
  return { kind: 'organization', name, creditCode: creditCode(rng, d.code), legalRepresentative: personName(rng), address: address(rng, d.name), phone: mobile(rng) };
}

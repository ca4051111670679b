// The kinds of administrative act a complaint may challenge, after the list of ALL art 12 para 1 (受案范围). Data: the
// grouping into these keys is ours [U], the items are the statute's; 'other' covers art 12 para 1(12) and para 2.
import type { BilingualMessage } from '../errors/domainError';

export interface AdministrativeActType {
  readonly key: string;
  readonly label: BilingualMessage;
  readonly source: string;
  /** ALL art 47: a suit over the organ's failure to perform a duty it was asked to perform. */
  readonly isNonPerformance?: boolean;
}

export const ADMINISTRATIVE_ACT_TYPES = [
  { key: 'penalty', label: { 'zh-CN': '行政处罚', en: 'Administrative penalty' }, source: 'ALL art 12 para 1(1)' },
  { key: 'coercion', label: { 'zh-CN': '行政强制措施、行政强制执行', en: 'Administrative coercive measure or enforcement' }, source: 'ALL art 12 para 1(2)' },
  { key: 'licensing', label: { 'zh-CN': '行政许可', en: 'Administrative licensing' }, source: 'ALL art 12 para 1(3)' },
  { key: 'confirmation', label: { 'zh-CN': '行政确认（自然资源所有权、使用权）', en: 'Confirmation of title to natural resources' }, source: 'ALL art 12 para 1(4)' },
  { key: 'expropriation', label: { 'zh-CN': '行政征收、征用及补偿', en: 'Expropriation, requisition and compensation' }, source: 'ALL art 12 para 1(5)' },
  { key: 'nonPerformance', label: { 'zh-CN': '行政不作为（不履行法定职责）', en: 'Failure to perform a statutory duty' }, source: 'ALL art 12 para 1(6)', isNonPerformance: true },
  { key: 'businessAutonomy', label: { 'zh-CN': '侵犯经营自主权、农村土地承包经营权', en: 'Infringing business autonomy or rural land rights' }, source: 'ALL art 12 para 1(7)' },
  { key: 'competition', label: { 'zh-CN': '滥用行政权力排除、限制竞争', en: 'Abuse of power restricting competition' }, source: 'ALL art 12 para 1(8)' },
  { key: 'unlawfulLevy', label: { 'zh-CN': '违法集资、摊派费用或要求履行义务', en: 'Unlawful levies or demands' }, source: 'ALL art 12 para 1(9)' },
  { key: 'benefits', label: { 'zh-CN': '未依法支付抚恤金、最低生活保障或社会保险待遇', en: 'Pensions, subsistence or social-insurance benefits not paid' }, source: 'ALL art 12 para 1(10)' },
  { key: 'agreement', label: { 'zh-CN': '行政协议', en: 'Administrative agreement' }, source: 'ALL art 12 para 1(11)' },
  { key: 'other', label: { 'zh-CN': '其他行政行为', en: 'Other administrative act' }, source: 'ALL art 12 para 1(12)' },
] as const satisfies readonly AdministrativeActType[];

export type AdministrativeActTypeKey = (typeof ADMINISTRATIVE_ACT_TYPES)[number]['key'];
export const ADMINISTRATIVE_ACT_TYPE_KEYS = ADMINISTRATIVE_ACT_TYPES.map((t) => t.key) as [AdministrativeActTypeKey, ...AdministrativeActTypeKey[]];

export function actTypeOf(key: string | null | undefined): AdministrativeActType | undefined {
  return ADMINISTRATIVE_ACT_TYPES.find((t) => t.key === key);
}

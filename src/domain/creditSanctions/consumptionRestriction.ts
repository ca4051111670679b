// 限制消费令 (rules.md §5.6): the items of CONSUME art 3, whom an order names, and when it is lifted (CONSUME-2010 art 9).
import { refuse, type BilingualMessage } from '../errors/domainError';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// CONSUME art 3 (2015) [S]: the nine kinds of high consumption and other non-necessary consumption.
export const RESTRICTION_ITEMS = ['travel', 'hotels', 'realEstate', 'premises', 'vehicles', 'holidays', 'privateSchools', 'insurance', 'trains', 'other'] as const;
export type RestrictionItem = (typeof RESTRICTION_ITEMS)[number];
export const RESTRICTION_ITEM_LABELS: Readonly<Record<RestrictionItem, BilingualMessage>> = {
  travel: zhEn('乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位', 'Flying, soft sleepers, second class or above on ships'),
  hotels: zhEn('在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费', 'High spending at star hotels, nightclubs, golf courses'),
  realEstate: zhEn('购买不动产或者新建、扩建、高档装修房屋', 'Buying real estate or building, extending or luxury-renovating'),
  premises: zhEn('租赁高档写字楼、宾馆、公寓等场所办公', 'Renting premium offices, hotels or apartments for work'),
  vehicles: zhEn('购买非经营必需车辆', 'Buying vehicles not needed for business'),
  holidays: zhEn('旅游、度假', 'Travel and holidays'),
  privateSchools: zhEn('子女就读高收费私立学校', 'Children at high-fee private schools'),
  insurance: zhEn('支付高额保费购买保险理财产品', 'High-premium insurance or wealth products'),
  trains: zhEn('乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位', 'Any seat on G trains, first class or above on other EMUs'),
  other: zhEn('其他非生活和工作必需的消费行为', 'Other consumption not needed for living or work'),
};

// CONSUME art 3 para 2 (2015) [S]: an entity's order also binds these persons, named in the order.
export const RESTRICTED_PERSON_ROLES = ['legalRepresentative', 'principal', 'directlyResponsible', 'actualController'] as const;
export type RestrictedPersonRole = (typeof RESTRICTED_PERSON_ROLES)[number];
export const RESTRICTED_PERSON_ROLE_LABELS: Readonly<Record<RestrictedPersonRole, BilingualMessage>> = {
  legalRepresentative: zhEn('法定代表人', 'Legal representative'),
  principal: zhEn('主要负责人', 'Principal'),
  directlyResponsible: zhEn('影响债务履行的直接责任人员', 'Directly responsible person'),
  actualController: zhEn('实际控制人', 'Actual controller'),
};

export interface RestrictedPerson {
  role: RestrictedPersonRole;
  name: string;
}

/** The items (all by default) and the persons an order names: none for a natural person, at least one for an entity. */
export function checkRestrictionProposal(p: { debtorKind: 'person' | 'organization'; items?: readonly RestrictionItem[]; persons: readonly RestrictedPerson[] }): { items: RestrictionItem[]; persons: RestrictedPerson[] } {
  const items = p.items && p.items.length ? RESTRICTION_ITEMS.filter((i) => p.items!.includes(i)) : [...RESTRICTION_ITEMS];
  const persons = p.persons.map((x) => ({ role: x.role, name: x.name.trim() })).filter((x) => x.name);
  if (p.debtorKind === 'person' && persons.length) {
    refuse('CONSUME_PERSONS_NOT_APPLICABLE', 'invalid', '被执行人为自然人，限制消费令只限制其本人，不列其他人员。', 'A natural-person debtor alone is restricted: name no other persons.', { field: '/persons' });
  }
  // CONSUME art 3 para 2: an entity's order names its legal representative, principal, responsible persons and actual controller.
  if (p.debtorKind === 'organization' && !persons.length) {
    refuse('CONSUME_PERSONS_REQUIRED', 'invalid', '被执行人为单位的，应当列明其法定代表人、主要负责人、影响债务履行的直接责任人员或实际控制人。', "For an entity, name its legal representative, principal, directly responsible persons or actual controller.", { field: '/persons', source: 'CONSUME art 3 para 2' });
  }
  return { items, persons };
}

// CONSUME-2010 art 9 [V]: lifted on guarantee or applicant consent (may), on full performance (must).
export const LIFT_REASONS = ['guarantee', 'applicantConsent', 'performed'] as const;
export type LiftReason = (typeof LIFT_REASONS)[number];
export const LIFT_REASON_LABELS: Readonly<Record<LiftReason, BilingualMessage & { source: string }>> = {
  guarantee: { ...zhEn('被执行人提供确实有效的担保', 'The debtor gave an effective guarantee'), source: 'CONSUME-2010 art 9' },
  applicantConsent: { ...zhEn('申请执行人同意解除', 'The applicant consented'), source: 'CONSUME-2010 art 9' },
  performed: { ...zhEn('被执行人履行完毕', 'Fully performed'), source: 'CONSUME-2010 art 9' },
};

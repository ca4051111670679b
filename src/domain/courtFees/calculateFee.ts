// The litigation fee of a case or application: exact decimal arithmetic over the schedules, halving applied once,
// rounding applied once at the end, and every component with the article it comes from (诉讼费用交纳办法).
import Decimal from 'decimal.js';
import { refuse, type BilingualMessage } from '../errors/domainError';
import { DEFAULT_FEE_SCHEDULE_SETTINGS, type FeeScheduleSettings } from './feeSettings';
import { DIVORCE_PROPERTY_BRACKETS, EXECUTION_SCHEDULE, PERSONALITY_DAMAGES_BRACKETS, PRESERVATION_SCHEDULE, PROPERTY_SCHEDULE, type Bracket, type Schedule } from './schedules';

export const FEE_KINDS = [
  'property',
  'appeal',
  'divorce',
  'personality',
  'other_non_property',
  'ip_no_amount',
  'labor',
  'administrative',
  'administrative_ip',
  'jurisdiction_objection',
  'execution',
  'execution_no_amount',
  'preservation',
  'payment_order',
  'public_summons',
  'set_aside_award',
  'bankruptcy',
  'maritime_limitation_fund',
  'maritime_injunction',
  'maritime_ship_lien_notice',
  'maritime_claim_registration',
  'maritime_general_average',
  'special_procedure',
  'appeal_against_ruling',
  'administrative_compensation',
  'retrial',
] as const;
export type FeeKind = (typeof FEE_KINDS)[number];
export const FEE_REDUCTIONS = ['simple', 'mediation', 'withdrawal'] as const;
export type FeeReduction = (typeof FEE_REDUCTIONS)[number];

export interface FeeRequest {
  kind: string;
  /** Yuan as a decimal string: the claim, the appealed part, the amount executed or preserved, the estate. */
  amount?: string;
  /** Divorce: the property to divide. */
  propertyAmount?: string;
  /** Personality rights: the damages claimed. */
  damages?: string;
  reduction?: FeeReduction;
  /** A counterclaim or an independent third party's claim tried with the case (FEE art 18). */
  counterclaim?: boolean;
  /** A claim in foreign currency: yuan per unit on the day of acceptance (FEE art 55). */
  exchangeRate?: string;
  /** Retrial granted on new evidence, or sought without having appealed: charged on the contested part (FEE art 9). */
  retrialCharged?: boolean;
}

export interface FeeComponent {
  component: string;
  label: BilingualMessage;
  base?: string;
  rate?: string;
  amount: string;
  source: string;
}

export interface FeeResult {
  kind: FeeKind;
  /** Rounded once, per the settings, in yuan with two decimals. */
  total: string;
  /** Before rounding. */
  exact: string;
  breakdown: FeeComponent[];
}

const MAX_AMOUNT = new Decimal('1e13');
const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const text = (d: Decimal) => d.toFixed();

function parseAmount(field: string, value: string | undefined, required: boolean): Decimal | null {
  if (value === undefined || value === null || value === '') {
    if (required) refuse('FEE_AMOUNT_REQUIRED', 'invalid', `请填写金额（${field}）。`, `The amount ("${field}") is required for this kind.`);
    return null;
  }
  if (typeof value !== 'string' || !/^\d+(\.\d{1,2})?$/.test(value.trim())) {
    refuse('FEE_AMOUNT_INVALID', 'invalid', `金额"${String(value)}"不是有效的非负数（最多两位小数，不带千分位）。`, `"${String(value)}" is not a valid non-negative amount (up to two decimals, no separators).`);
  }
  const d = new Decimal(value.trim());
  if (d.gt(MAX_AMOUNT)) refuse('FEE_AMOUNT_TOO_LARGE', 'invalid', '金额超过10万亿元，请核对。', 'The amount exceeds 10^13 yuan; check it.');
  return d;
}

function parseRate(value: string | undefined): Decimal | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !/^\d{1,6}(\.\d{1,6})?$/.test(value.trim()) || new Decimal(value.trim()).lte(0)) {
    refuse('FEE_RATE_INVALID', 'invalid', `汇率"${String(value)}"无效：应为立案当日公布的正数汇率（最多6位小数）。`, `"${String(value)}" is not a valid exchange rate (a positive number, up to 6 decimals).`);
  }
  return new Decimal(value.trim());
}

/** The part of `x` within each bracket at its rate, one component per bracket reached. */
function bracketParts(x: Decimal, brackets: readonly Bracket[], source: string, name: string): FeeComponent[] {
  const out: FeeComponent[] = [];
  for (const br of brackets) {
    if (x.lte(br.over)) break;
    const top = br.upTo === null ? x : Decimal.min(x, br.upTo);
    const part = top.minus(br.over);
    const range = br.upTo === null ? zhEn(`超过${br.over}元的部分`, `above ${br.over}`) : zhEn(`超过${br.over}元至${br.upTo}元的部分`, `over ${br.over} up to ${br.upTo}`);
    out.push({ component: name, label: range, base: text(part), rate: br.rate, amount: text(part.times(br.rate)), source });
  }
  return out;
}

function scheduleFee(x: Decimal, s: Schedule): FeeComponent[] {
  const parts: FeeComponent[] = [
    { component: 'flat', label: zhEn(`不超过${s.flatUpTo}元的部分（每件）`, `up to ${s.flatUpTo} (per case)`), amount: text(new Decimal(s.flat)), source: s.source },
    ...bracketParts(x, s.brackets, s.source, 'bracket'),
  ];
  if (s.cap !== undefined) {
    const sum = parts.reduce((a, p) => a.plus(p.amount), new Decimal(0));
    if (sum.gt(s.cap)) parts.push({ component: 'cap', label: zhEn(`最高不超过${s.cap}元`, `capped at ${s.cap}`), amount: text(new Decimal(s.cap).minus(sum)), source: s.source });
  }
  return parts;
}

const flat = (amount: number, label: BilingualMessage, source: string): FeeComponent[] => [{ component: 'flat', label, amount: text(new Decimal(amount)), source }];
const sum = (parts: readonly FeeComponent[]) => parts.reduce((a, p) => a.plus(p.amount), new Decimal(0));

function components(kind: FeeKind, req: FeeRequest, s: FeeScheduleSettings): FeeComponent[] {
  const rate = parseRate(req.exchangeRate);
  const inYuan = (d: Decimal | null) => (d && rate ? d.times(rate) : d);
  const amount = (required: boolean) => inYuan(parseAmount('amount', req.amount, required));
  switch (kind) {
    case 'property':
    case 'appeal':
      // FEE art 17: an appeal is charged on the part of the judgment appealed against.
      return scheduleFee(amount(true)!, PROPERTY_SCHEDULE);
    case 'divorce': {
      const property = inYuan(parseAmount('propertyAmount', req.propertyAmount, false));
      return [...flat(s.divorceBase, zhEn('离婚案件（每件）', 'divorce case (per case)'), 'FEE art 13(2)1'), ...(property ? bracketParts(property, DIVORCE_PROPERTY_BRACKETS, 'FEE art 13(2)1', 'propertyDivision') : [])];
    }
    case 'personality': {
      const damages = inYuan(parseAmount('damages', req.damages, false));
      return [...flat(s.personalityBase, zhEn('人格权案件（每件）', 'personality rights case (per case)'), 'FEE art 13(2)2'), ...(damages ? bracketParts(damages, PERSONALITY_DAMAGES_BRACKETS, 'FEE art 13(2)2', 'damages') : [])];
    }
    case 'other_non_property':
      return flat(s.otherNonPropertyBase, zhEn('其他非财产案件（每件）', 'other non-property case (per case)'), 'FEE art 13(2)3');
    case 'ip_no_amount':
      return flat(s.ipNoAmountBase, zhEn('没有争议金额的知识产权民事案件（每件）', 'IP case without an amount (per case)'), 'FEE art 13(3)');
    case 'labor':
      return flat(10, zhEn('劳动争议案件（每件）', 'labour dispute (per case)'), 'FEE art 13(4)');
    case 'administrative_ip':
      return flat(100, zhEn('商标、专利、海事行政案件（每件）', 'trademark, patent or maritime administrative case'), 'FEE art 13(5)');
    case 'administrative':
      return flat(50, zhEn('其他行政案件（每件）', 'other administrative case'), 'FEE art 13(5)');
    case 'jurisdiction_objection':
      return flat(s.jurisdictionObjectionBase, zhEn('管辖权异议不成立（每件）', 'jurisdiction objection rejected (per case)'), 'FEE art 13(6)');
    case 'execution':
      return scheduleFee(amount(true)!, EXECUTION_SCHEDULE);
    case 'execution_no_amount':
      return flat(s.executionNoAmountBase, zhEn('申请执行，没有执行金额（每件）', 'execution without an amount (per case)'), 'FEE art 14(1)');
    case 'preservation': {
      const x = amount(false);
      return x ? scheduleFee(x, PRESERVATION_SCHEDULE) : flat(PRESERVATION_SCHEDULE.flat, zhEn('申请保全，不涉及财产数额（每件）', 'preservation without an amount (per case)'), 'FEE art 14(2)');
    }
    case 'payment_order': {
      // FEE art 14(3): one third of the property-case fee.
      const base = sum(scheduleFee(amount(true)!, PROPERTY_SCHEDULE));
      return [{ component: 'thirdOfProperty', label: zhEn('比照财产案件受理费的三分之一', 'one third of the property-case fee'), base: text(base), rate: '1/3', amount: text(base.div(3)), source: 'FEE art 14(3)' }];
    }
    case 'public_summons':
      return flat(100, zhEn('申请公示催告（每件）', 'public summons (per case)'), 'FEE art 14(4)');
    case 'set_aside_award':
      return flat(400, zhEn('申请撤销仲裁裁决或者认定仲裁协议效力（每件）', 'setting aside an award or ruling on an arbitration agreement'), 'FEE art 14(5)');
    case 'bankruptcy': {
      // FEE art 14(6): half the property-case fee on the estate, at most 300,000.
      const half = sum(scheduleFee(amount(true)!, PROPERTY_SCHEDULE)).div(2);
      return [{ component: 'halfOfProperty', label: zhEn('破产财产总额比照财产案件受理费减半，最高30万元', 'half the property-case fee on the estate, at most 300,000'), rate: '1/2', amount: text(Decimal.min(half, 300_000)), source: 'FEE art 14(6)' }];
    }
    case 'maritime_limitation_fund':
      return flat(s.maritime.limitationFund, zhEn('申请设立海事赔偿责任限制基金', 'maritime liability limitation fund'), 'FEE art 14(7)');
    case 'maritime_injunction':
      return flat(s.maritime.injunction, zhEn('申请海事强制令', 'maritime injunction'), 'FEE art 14(7)');
    case 'maritime_ship_lien_notice':
      return flat(s.maritime.shipLienNotice, zhEn('申请船舶优先权催告', 'ship lien notice'), 'FEE art 14(7)');
    case 'maritime_claim_registration':
      return flat(s.maritime.claimRegistration, zhEn('申请海事债权登记', 'maritime claim registration'), 'FEE art 14(7)');
    // FEE art 8: no case fee for special procedure (incl. judicial confirmation), appeals against rulings of
    // 不予受理, 驳回起诉 or on jurisdiction, and administrative compensation.
    case 'special_procedure':
      return flat(0, zhEn('特别程序案件不交纳案件受理费', 'special procedure: no case fee'), 'FEE art 8');
    case 'appeal_against_ruling':
      return flat(0, zhEn('对不予受理、驳回起诉和管辖权异议裁定提起上诉的案件不交纳案件受理费', 'appeal against a ruling of non-acceptance, dismissal or jurisdiction: no case fee'), 'FEE art 8');
    case 'administrative_compensation':
      return flat(0, zhEn('行政赔偿案件不交纳案件受理费', 'administrative compensation: no case fee'), 'FEE art 8');
    case 'retrial':
      // FEE arts 9, 19: no fee, unless retried on new evidence or sought without appealing: then on the contested part.
      return req.retrialCharged ? scheduleFee(amount(true)!, PROPERTY_SCHEDULE) : flat(0, zhEn('再审案件不交纳案件受理费', 'retrial: no case fee'), 'FEE art 9');
    case 'maritime_general_average':
      return flat(s.maritime.generalAverage, zhEn('申请共同海损理算', 'general average adjustment'), 'FEE art 14(7)');
  }
}

function round(d: Decimal, s: FeeScheduleSettings): Decimal {
  const places = { fen: 2, jiao: 1, yuan: 0 }[s.rounding.unit];
  return d.toDecimalPlaces(places, s.rounding.mode === 'halfUp' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
}

export function calculateFee(req: FeeRequest, settings: FeeScheduleSettings = DEFAULT_FEE_SCHEDULE_SETTINGS): FeeResult {
  if (!(FEE_KINDS as readonly string[]).includes(req.kind)) {
    refuse('FEE_KIND_UNKNOWN', 'invalid', `未知的收费种类"${String(req.kind)}"，可选：${FEE_KINDS.join('、')}。`, `Unknown fee kind "${String(req.kind)}"; one of: ${FEE_KINDS.join(', ')}.`);
  }
  if (req.reduction !== undefined && !(FEE_REDUCTIONS as readonly string[]).includes(req.reduction)) {
    refuse('FEE_REDUCTION_UNKNOWN', 'invalid', `未知的减半情形"${String(req.reduction)}"。`, `Unknown reduction "${String(req.reduction)}".`);
  }
  const kind = req.kind as FeeKind;
  const breakdown = components(kind, req, settings);
  let exact = sum(breakdown);
  // FEE arts 15, 16, 18 halve the fee; CPL-Interp art 206: however many grounds apply, it is halved once.
  const grounds = [req.reduction && { simple: 'FEE art 16', mediation: 'FEE art 15', withdrawal: 'FEE art 15' }[req.reduction], req.counterclaim && 'FEE art 18'].filter(Boolean) as string[];
  if (grounds.length) {
    const half = exact.div(2);
    breakdown.push({ component: 'halved', label: zhEn('减半收取（只减半一次）', 'halved (once only)'), rate: '1/2', amount: text(half.neg()), source: `${grounds.join('; ')}; CPL-Interp art 206` });
    exact = half;
  }
  return { kind, total: round(exact, settings).toFixed(2), exact: exact.toFixed(), breakdown };
}

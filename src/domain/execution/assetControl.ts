// 网络查控: the agencies a court asks (总对总 / 点对点, rules.md §5.2), what it asks them, and what an answer must hold.
import { refuse, type BilingualMessage } from '../errors/domainError';
import { ASSET_KINDS, type AssetKind } from './controlTerms';

export const AGENCY_CHANNELS = ['national', 'local'] as const;
export type AgencyChannel = (typeof AGENCY_CHANNELS)[number];

// rules.md §5.2 [S NETQUERY]: 总对总 reaches head offices nationwide, 点对点 the province's local agencies (list [U]).
export const AGENCY_KINDS: Record<string, { channel: AgencyChannel; label: BilingualMessage }> = {
  bank: { channel: 'national', label: { 'zh-CN': '银行', en: 'Bank' } },
  securities: { channel: 'national', label: { 'zh-CN': '证券', en: 'Securities' } },
  vehicle: { channel: 'national', label: { 'zh-CN': '车辆（公安部）', en: 'Vehicles (Ministry of Public Security)' } },
  realEstate: { channel: 'national', label: { 'zh-CN': '不动产（自然资源部）', en: 'Real estate (Ministry of Natural Resources)' } },
  alipay: { channel: 'national', label: { 'zh-CN': '支付宝', en: 'Alipay' } },
  wechat: { channel: 'national', label: { 'zh-CN': '微信支付', en: 'WeChat Pay' } },
  realEstateRegistry: { channel: 'local', label: { 'zh-CN': '不动产登记中心', en: 'Real-estate registry' } },
  vehicleOffice: { channel: 'local', label: { 'zh-CN': '车管所', en: 'Vehicle administration office' } },
  housingFund: { channel: 'local', label: { 'zh-CN': '公积金中心', en: 'Housing provident fund centre' } },
  socialSecurity: { channel: 'local', label: { 'zh-CN': '社保', en: 'Social security' } },
  householdRegistration: { channel: 'local', label: { 'zh-CN': '户籍', en: 'Household registration' } },
  civilAffairs: { channel: 'local', label: { 'zh-CN': '民政（婚姻登记）', en: 'Civil affairs (marriage registry)' } },
  localBank: { channel: 'local', label: { 'zh-CN': '银行（本地分支机构）', en: 'Bank (local branch)' } },
};

export function isAgencyKind(kind: string, channel: AgencyChannel): boolean {
  return AGENCY_KINDS[kind]?.channel === channel;
}

export const REQUEST_KINDS = ['inquiry', 'freeze', 'seize', 'deduct', 'unfreeze', 'renew'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export type ControlKind = Exclude<RequestKind, 'inquiry'>;

export const REQUEST_KIND_LABELS: Record<RequestKind, BilingualMessage> = {
  inquiry: { 'zh-CN': '查询', en: 'Inquiry' },
  freeze: { 'zh-CN': '冻结', en: 'Freeze' },
  seize: { 'zh-CN': '查封', en: 'Seizure' },
  deduct: { 'zh-CN': '扣划', en: 'Deduction' },
  unfreeze: { 'zh-CN': '解除冻结（查封）', en: 'Release' },
  renew: { 'zh-CN': '续行冻结（查封）', en: 'Renewal' },
};

export const REQUEST_STATUSES = ['awaitingApproval', 'rejected', 'sent', 'answered', 'executed', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, BilingualMessage> = {
  awaitingApproval: { 'zh-CN': '待审批', en: 'Awaiting approval' },
  rejected: { 'zh-CN': '未获批准', en: 'Not approved' },
  sent: { 'zh-CN': '已发送', en: 'Sent' },
  answered: { 'zh-CN': '已反馈', en: 'Answered' },
  executed: { 'zh-CN': '已执行', en: 'Executed' },
  refused: { 'zh-CN': '协助单位拒绝', en: 'Refused by the agency' },
};

export const CONTROL_APPROVALS = ['none', 'divisionChief'] as const;
export type ControlApproval = (typeof CONTROL_APPROVALS)[number];
/** [U] whether a request waits for the 执行局长: court practice, a court setting; default none. */
export const DEFAULT_CONTROL_APPROVAL: ControlApproval = 'none';

/** The legal basis a request cites unless the officer writes another. */
export function defaultLegalBasis(kind: RequestKind): string {
  // ASSET-INV art 1: the court investigates through the network system; NET-FREEZE arts 1–4: e-documents have the paper's effect.
  if (kind === 'inquiry') return '《最高人民法院关于民事执行中财产调查若干问题的规定》第一条；《最高人民法院关于网络查询、冻结被执行人存款的规定》';
  // CPL-2023 arts 253–254: inquiry, freeze, deduction and seizure of the debtor's property; CPL-Interp art 485: terms and renewal.
  return '《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条；《最高人民法院关于网络查询、冻结被执行人存款的规定》';
}

export interface AnsweredAsset {
  kind: AssetKind;
  /** Account number, certificate number, plate, securities account, or a description's key. */
  identifier: string;
  description: string;
  /** Accounts: the balance in fen. */
  balanceFen?: number | null;
}

export interface InquiryAnswer {
  assets: AnsweredAsset[];
  note?: string | null;
}

// GA 36-2018 plates: a province character, a letter, then 5 (6 for new-energy) letters or digits; 挂/学/警 suffixes [U].
const PLATE = /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{4,5}[A-Z0-9挂学警港澳]$/;

const invalid = (index: number, field: string, zh: string, en: string): never =>
  refuse('ASSET_ANSWER_INVALID', 'invalid', `第${index + 1}项财产：${zh}`, `Asset ${index + 1}: ${en}`, { field: `/assets/${index}/${field}` });

/** An agency's answer to an inquiry: each asset of a known kind with what identifies it (at most 200). */
export function checkInquiryAnswer(a: InquiryAnswer): InquiryAnswer {
  if (a.assets.length > 200) refuse('ASSET_ANSWER_INVALID', 'invalid', '一次反馈最多 200 项财产。', 'At most 200 assets per answer.');
  const assets = a.assets.map((x, i) => {
    if (!(ASSET_KINDS as readonly string[]).includes(x.kind)) invalid(i, 'kind', '财产类别不正确。', 'unknown kind of asset.');
    const identifier = x.identifier.trim().toUpperCase().replace(/\s+/g, '');
    const description = x.description.trim();
    if (!identifier) invalid(i, 'identifier', '须填写账号、权证号、车牌号或证券账户。', 'the account, certificate, plate or securities account is required.');
    if (x.kind === 'vehicle' && !PLATE.test(identifier)) invalid(i, 'identifier', `车牌号“${identifier}”格式不正确。`, `"${identifier}" is not a plate number.`);
    if (x.kind === 'account') {
      if (x.balanceFen === undefined || x.balanceFen === null || !Number.isSafeInteger(x.balanceFen) || x.balanceFen < 0) invalid(i, 'balanceFen', '存款账户须填写余额（分，非负整数）。', 'an account needs its balance in fen (a non-negative integer).');
    } else if (x.balanceFen !== undefined && x.balanceFen !== null) invalid(i, 'balanceFen', '只有存款账户有余额。', 'only an account has a balance.');
    if (x.kind === 'other' && !description) invalid(i, 'description', '其他财产须写明名称。', 'other property needs a description.');
    return { kind: x.kind, identifier, description, balanceFen: x.kind === 'account' ? x.balanceFen! : null };
  });
  return { assets, note: a.note?.trim() || null };
}

export interface ControlTarget {
  kind: ControlKind;
  assetKind: AssetKind;
  /** The account's balance as last found (for a deduction). */
  balanceFen: number | null;
  amountFen: number | null;
  /** The running control on the asset, if any. */
  hasActiveControl: boolean;
}

/** What a control may ask: a deduction from an account only, with an amount; a release or renewal of a running control. */
export function checkControlRequest(t: ControlTarget): void {
  if (t.kind === 'deduct' && t.assetKind !== 'account') refuse('CONTROL_KIND_INVALID', 'invalid', '只能从存款账户扣划。', 'Only an account can be deducted from.');
  if ((t.kind === 'deduct' || (t.kind === 'freeze' && t.assetKind === 'account')) && (t.amountFen === null || t.amountFen <= 0)) {
    refuse('CONTROL_AMOUNT_REQUIRED', 'invalid', '冻结、扣划存款须写明金额。', 'A freeze or deduction of a deposit needs an amount.', { field: '/amount' });
  }
  if (t.kind === 'seize' && t.assetKind === 'account') refuse('CONTROL_KIND_INVALID', 'invalid', '存款应当冻结，不能查封。', 'A deposit is frozen, not seized.');
  if ((t.kind === 'unfreeze' || t.kind === 'renew') && !t.hasActiveControl) refuse('CONTROL_NOT_ACTIVE', 'conflict', '该财产没有正在生效的冻结（查封）。', 'This asset has no control in force.');
  if ((t.kind === 'freeze' || t.kind === 'seize') && t.hasActiveControl) refuse('CONTROL_ALREADY_ACTIVE', 'conflict', '该财产已被本案冻结（查封），到期前可申请续行。', 'This asset is already under a control of this case; renew it before it expires.');
}

/** The transitions of a request; anything else is refused with its code. */
export function nextStatus(from: RequestStatus, action: 'approve' | 'reject' | 'answer' | 'execute' | 'refuse', kind: RequestKind): RequestStatus {
  const to: Record<typeof action, [RequestStatus, RequestStatus]> = {
    approve: ['awaitingApproval', 'sent'],
    reject: ['awaitingApproval', 'rejected'],
    answer: ['sent', 'answered'],
    execute: ['sent', 'executed'],
    refuse: ['sent', 'refused'],
  };
  if ((action === 'answer') !== (kind === 'inquiry') && (action === 'answer' || action === 'execute')) {
    refuse('REQUEST_ACTION_INVALID', 'invalid', action === 'answer' ? '控制请求应执行或拒绝，不是反馈查询结果。' : '查询请求应反馈结果，不是执行。', action === 'answer' ? 'A control is executed or refused, not answered.' : 'An inquiry is answered, not executed.');
  }
  const [need, next] = to[action];
  if (from !== need) refuse('REQUEST_STATUS_CONFLICT', 'conflict', `该请求当前为“${REQUEST_STATUS_LABELS[from]['zh-CN']}”，不能再办理。`, `This request is ${REQUEST_STATUS_LABELS[from].en.toLowerCase()} and cannot be handled now.`, { status: from });
  return next;
}

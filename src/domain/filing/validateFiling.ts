// Checks a complaint filed online (网上立案) before it enters the court's review queue.
import { citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';
import { validateResidentIdNumber, validateUnifiedCreditCode } from '../identity';

export interface FilingParty {
  standing: 'plaintiff' | 'defendant' | 'thirdParty';
  /** organ: an administrative organ (行政机关), a legal person checked like an organisation. */
  kind: 'person' | 'organization' | 'organ';
  name: string;
  idType?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  hasForeignDomicile?: boolean;
  isSelf?: boolean;
  isClient?: boolean;
}

export interface Filer {
  role: 'party' | 'lawyer';
  /** The filer's own ID number on record, if any. */
  idNumber: string | null;
}

// `field` points into the request body (as in VALIDATION_FAILED's paths), so a form can mark the field at fault.
const partyRef = (i: number, p: FilingParty, field: keyof FilingParty) => ({ partyIndex: i, name: p.name, field: `/parties/${i}/${field}` });

/** Normalises identity numbers in place of the returned copy and refuses what the law or the checksum rejects. */
/** `filer` null: a clerk records a paper filing for the parties, who then mark no "self" or clients. */
export function validateFilingParties(parties: readonly FilingParty[], filer: Filer | null, today: string): FilingParty[] {
  const out = parties.map((p) => ({ ...p, name: p.name.trim() }));
  // CPL-2023 art 122: a suit needs a plaintiff with a direct interest and a definite defendant.
  if (!out.some((p) => p.standing === 'plaintiff')) {
    refuse('FILING_NO_PLAINTIFF', 'invalid', '起诉至少需要一名原告。', 'A complaint needs at least one plaintiff.');
  }
  if (!out.some((p) => p.standing === 'defendant')) {
    refuse('FILING_NO_DEFENDANT', 'invalid', '起诉须有明确的被告（《民事诉讼法》第一百二十二条）。', `A complaint needs a definite defendant (${citeEn('CPL-2023 art 122')}).`);
  }
  checkPartyRecords(out, today);
  if (filer) checkFilerParties(out, filer);
  else if (out.some((p) => p.isSelf || p.isClient)) refuse('FILING_SELF_NOT_ALLOWED', 'invalid', '法院工作人员代为登记时，不能标记“本人”或“委托人”。', 'A clerk recording the filing marks no "self" and no clients.');
  return out;
}

/** Each party's own record checked and normalised, without the complaint's plaintiff and defendant (an objector, a debtor). */
export function validatePartyRecords(parties: readonly FilingParty[], today: string): FilingParty[] {
  const out = parties.map((p) => ({ ...p, name: p.name.trim() }));
  checkPartyRecords(out, today);
  return out;
}

function checkPartyRecords(out: FilingParty[], today: string) {
  const seen = new Set<string>();
  out.forEach((p, i) => {
    if (!p.name) refuse('PARTY_NAME_REQUIRED', 'invalid', `第${i + 1}位当事人缺少姓名或名称。`, `Party ${i + 1} has no name.`, partyRef(i, p, 'name'));
    if (p.kind === 'person') {
      if (p.creditCode) refuse('PARTY_FIELDS_INVALID', 'invalid', `自然人“${p.name}”不应填写统一社会信用代码。`, `Natural person "${p.name}" has no unified social credit code.`, partyRef(i, p, 'creditCode'));
      if (p.idNumber && !p.idType) refuse('PARTY_ID_TYPE_REQUIRED', 'invalid', `请为“${p.name}”选择证件类型。`, `Choose the ID document type for "${p.name}".`, partyRef(i, p, 'idType'));
      if (p.idType === 'residentId') {
        if (!p.idNumber) refuse('PARTY_ID_NUMBER_REQUIRED', 'invalid', `请填写“${p.name}”的身份证号码。`, `Enter the ID number of "${p.name}".`, partyRef(i, p, 'idNumber'));
        const r = validateResidentIdNumber(p.idNumber, { today });
        if (!r.ok) refuse(r.code, 'invalid', `“${p.name}”的身份证号码有误：${r.message['zh-CN']}`, `The ID number of "${p.name}" is wrong: ${r.message.en}`, partyRef(i, p, 'idNumber'));
        p.idNumber = r.normalized;
      }
      if (p.standing === 'plaintiff' && !p.idNumber) {
        refuse('PARTY_ID_NUMBER_REQUIRED', 'invalid', `原告“${p.name}”须提供身份证件号码（《民事诉讼法》第一百二十四条）。`, `Plaintiff "${p.name}" must give an ID document number (${citeEn('CPL-2023 art 124')}).`, partyRef(i, p, 'idNumber'));
      }
    } else {
      if (p.idType || p.idNumber) refuse('PARTY_FIELDS_INVALID', 'invalid', `单位“${p.name}”请填写统一社会信用代码，而不是个人证件。`, `Give organisation "${p.name}" a unified social credit code, not a personal ID.`, partyRef(i, p, 'idNumber'));
      if (p.creditCode) {
        const r = validateUnifiedCreditCode(p.creditCode);
        if (!r.ok) refuse(r.code, 'invalid', `“${p.name}”的统一社会信用代码有误：${r.message['zh-CN']}`, `The credit code of "${p.name}" is wrong: ${r.message.en}`, partyRef(i, p, 'creditCode'));
        p.creditCode = r.normalized;
      } else if (p.standing === 'plaintiff') {
        refuse('PARTY_CREDIT_CODE_REQUIRED', 'invalid', `原告单位“${p.name}”须提供统一社会信用代码。`, `Plaintiff organisation "${p.name}" must give its unified social credit code.`, partyRef(i, p, 'creditCode'));
      }
      // CPL-2023 art 124: an organisation plaintiff names its legal representative or principal.
      if (p.standing === 'plaintiff' && !p.legalRepresentative?.trim()) {
        refuse('PARTY_LEGAL_REP_REQUIRED', 'invalid', `原告单位“${p.name}”须填写法定代表人或主要负责人（《民事诉讼法》第一百二十四条）。`, `Plaintiff organisation "${p.name}" must name its legal representative (${citeEn('CPL-2023 art 124')}).`, partyRef(i, p, 'legalRepresentative'));
      }
    }
    const key = p.idNumber ?? p.creditCode;
    if (key) {
      if (seen.has(key)) refuse('FILING_DUPLICATE_PARTY', 'invalid', `当事人“${p.name}”重复出现。`, `Party "${p.name}" appears twice.`, partyRef(i, p, p.idNumber ? 'idNumber' : 'creditCode'));
      seen.add(key);
    }
  });
}

function checkFilerParties(parties: FilingParty[], filer: Filer) {
  const selves = parties.filter((p) => p.isSelf);
  const clients = parties.filter((p) => p.isClient);
  if (filer.role === 'party') {
    if (clients.length) refuse('FILING_CLIENT_NOT_ALLOWED', 'invalid', '当事人本人起诉时不能标记“委托人”。', 'A party filing in person marks no clients.');
    const self = selves[0];
    if (selves.length !== 1 || !self || self.standing !== 'plaintiff') {
      refuse('FILING_SELF_PARTY_INVALID', 'invalid', '请在原告中标明您本人（且只能标明一位）。', 'Mark yourself, once, among the plaintiffs.');
    }
    if (filer.idNumber && self.kind === 'person' && self.idNumber !== filer.idNumber) {
      const i = parties.indexOf(self);
      refuse('FILING_SELF_PARTY_MISMATCH', 'invalid', '标为“本人”的原告身份证号码与您实名认证的号码不一致。', 'The plaintiff marked as you does not carry your verified ID number.', partyRef(i, self, 'idNumber'));
    }
    return;
  }
  if (selves.length) refuse('FILING_SELF_NOT_ALLOWED', 'invalid', '律师代为起诉时，请标明委托人，而不是“本人”。', 'A lawyer filing for a client marks the client, not "self".');
  if (clients.length === 0) refuse('FILING_CLIENT_REQUIRED', 'invalid', '请标明您代理的委托人。', 'Mark the client(s) you represent.');
  if (clients.some((p) => p.standing !== 'plaintiff')) {
    refuse('FILING_CLIENT_NOT_PLAINTIFF', 'invalid', '代为起诉时，委托人应为原告。', 'When filing a complaint, your clients must be plaintiffs.');
  }
}

/** The usual caption: 张三诉李四民间借贷纠纷. */
export function caseTitle(parties: readonly { standing: string; name: string }[], causeName: string | null): string {
  const names = (s: string) => parties.filter((p) => p.standing === s).map((p) => p.name);
  const pl = names('plaintiff').concat(names('appellant'));
  const df = names('defendant').concat(names('appellee'));
  const short = (xs: string[]) => (xs.length > 2 ? `${xs.slice(0, 2).join('、')}等` : xs.join('、'));
  const vs = pl.length && df.length ? `${short(pl)}诉${short(df)}` : short(pl.length ? pl : df);
  return `${vs}${causeName ?? ''}`;
}

// Titles that are not a case of ours (CPL-2023 arts 235, 248, 249): an arbitral award, a notarised debt instrument with
// its enforcement certificate, another court's judgment or 调解书. The applicant uploads it with its data; the domain
// checks the data hang together and says which court the law points to, as a note for the clerk who registers it.
import { refuse, type BilingualMessage } from '../errors/domainError';
import type { PlainDate } from '../calendar/plainDate';

export const EXTERNAL_TITLE_KINDS = ['arbitralAward', 'notarisedDebt', 'courtJudgment', 'courtMediation'] as const;
export type ExternalTitleKind = (typeof EXTERNAL_TITLE_KINDS)[number];
export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export interface ExternalTitleRule {
  label: BilingualMessage;
  /** What the issuer is called on the form (仲裁委员会, 公证机构, 作出裁判的法院). */
  issuerLabel: BilingualMessage;
  /** The source of its enforceability, stored as the title's basis. */
  basis: string;
  /** Courts whose level the law names for it, and the source ([U] where not in rules.md). */
  jurisdiction: { levels: readonly CourtLevel[]; basis: string; note: BilingualMessage };
  /** A notarised instrument is executed on its enforcement certificate (执行证书), uploaded with it. */
  needsCertificate: boolean;
}

export const EXTERNAL_TITLE_RULES: Record<ExternalTitleKind, ExternalTitleRule> = {
  // CPL-2023 art 248: a party may apply to the competent court to execute an award the other side does not perform.
  arbitralAward: {
    label: zhEn('仲裁裁决书', 'Arbitral award'),
    issuerLabel: zhEn('仲裁机构', 'Arbitration commission'),
    basis: 'CPL-2023 art 248',
    // 法释〔2018〕5号 art 2 [U: not in rules.md]: the intermediate court of the debtor's domicile or the property's place;
    // a basic court where the higher people's court has so designated.
    jurisdiction: { levels: ['intermediate'], basis: '法释〔2018〕5号 art 2', note: zhEn('由被执行人住所地或者被执行的财产所在地的中级人民法院管辖（经指定的基层人民法院）', "the intermediate court of the debtor's domicile or the property's place (or a designated basic court)") },
    needsCertificate: false,
  },
  // CPL-2023 art 249: a debt instrument the notary office made enforceable; executed on its 执行证书.
  notarisedDebt: {
    label: zhEn('公证债权文书（附执行证书）', 'Notarised debt instrument (with enforcement certificate)'),
    issuerLabel: zhEn('公证机构', 'Notary office'),
    basis: 'CPL-2023 art 249',
    // CPL-2023 art 235 para 2 [U: not in rules.md]; 法释〔2018〕18号 art 2 [U]: the debtor's domicile or the property's place.
    jurisdiction: { levels: ['basic', 'intermediate'], basis: 'CPL-2023 art 235', note: zhEn('由被执行人住所地或者被执行的财产所在地人民法院管辖', "the court of the debtor's domicile or the property's place") },
    needsCertificate: true,
  },
  // CPL-2023 arts 235, 247: an effective judgment of another court.
  courtJudgment: {
    label: zhEn('其他法院的生效判决、裁定', "Another court's effective judgment or ruling"),
    issuerLabel: zhEn('作出裁判的法院', 'Court that decided'),
    basis: 'CPL-2023 art 247',
    // CPL-2023 art 235 para 1 [U: not in rules.md]: the court of first instance, or one of its level where the property is.
    jurisdiction: { levels: ['basic', 'intermediate', 'high'], basis: 'CPL-2023 art 235', note: zhEn('由第一审人民法院或者与其同级的被执行的财产所在地人民法院执行', 'the court of first instance or a court of its level where the property is') },
    needsCertificate: false,
  },
  courtMediation: {
    label: zhEn('其他法院的民事调解书', "Another court's mediation statement"),
    issuerLabel: zhEn('制作调解书的法院', 'Court that made it'),
    basis: 'CPL-2023 arts 100, 247',
    jurisdiction: { levels: ['basic', 'intermediate', 'high'], basis: 'CPL-2023 art 235', note: zhEn('由第一审人民法院或者与其同级的被执行的财产所在地人民法院执行', 'the court of first instance or a court of its level where the property is') },
    needsCertificate: false,
  },
};

export interface ExternalTitleData {
  kind: ExternalTitleKind;
  issuer: string;
  /** 裁决书 / 公证书 number, or the other court's case number. */
  documentNumber: string;
  effectiveOn: PlainDate;
  /** The last day of each performance period the title sets (none: performance on its effect). */
  performanceDeadlines: readonly PlainDate[];
  /** 执行证书 number (notarised instruments). */
  certificateNumber?: string | undefined;
  hasCertificateFile: boolean;
}

export interface ExternalTitleCheck {
  basis: string;
  note: BilingualMessage;
  /** Shown to the clerk when the chosen court is not of a level the law names [U: a warning, never a refusal]. */
  jurisdictionWarning: BilingualMessage | null;
}

/** Checks the title's data (refused with 422 codes) and notes the jurisdiction for the clerk. */
export function checkExternalTitle(t: ExternalTitleData, courtLevel: CourtLevel, today: PlainDate): ExternalTitleCheck {
  const rule = EXTERNAL_TITLE_RULES[t.kind];
  if (t.effectiveOn > today) {
    refuse('EXECUTION_TITLE_NOT_EFFECTIVE', 'invalid', `执行依据的生效日期${t.effectiveOn}晚于今天，尚未发生法律效力。`, `The title takes effect on ${t.effectiveOn}, after today: it is not yet effective.`, { field: 'title.effectiveOn' });
  }
  const early = t.performanceDeadlines.find((d) => d < t.effectiveOn);
  if (early) {
    refuse('EXECUTION_TITLE_DATA_INVALID', 'invalid', `履行期限${early}早于执行依据的生效日期${t.effectiveOn}，请核对。`, `The performance deadline ${early} is before the title took effect (${t.effectiveOn}): check it.`, { field: 'title.performanceDeadlines' });
  }
  if (rule.needsCertificate && (!t.certificateNumber || !t.hasCertificateFile)) {
    // CPL-2023 art 249; 法释〔2018〕18号 art 3 [U]: executed on the notary office's 执行证书 together with the instrument.
    refuse('EXECUTION_CERTIFICATE_REQUIRED', 'invalid', '公证债权文书申请执行，应当提交公证机构签发的执行证书（编号及文件）。', 'A notarised debt instrument is executed on the enforcement certificate the notary office issued: give its number and upload it.', { field: 'title.certificateId' });
  }
  const warning = rule.jurisdiction.levels.includes(courtLevel)
    ? null
    : zhEn(`所选法院的级别与管辖规定不符：${rule.jurisdiction.note['zh-CN']}（${rule.jurisdiction.basis}）。请立案时审查。`, `The chosen court's level does not match the rule: ${rule.jurisdiction.note.en} (${rule.jurisdiction.basis}). Check at registration.`);
  return { basis: rule.basis, note: zhEn(`${rule.label['zh-CN']}：${t.issuer} ${t.documentNumber}，${t.effectiveOn}生效`, `${rule.label.en}: ${t.issuer} ${t.documentNumber}, effective ${t.effectiveOn}`), jurisdictionWarning: warning };
}

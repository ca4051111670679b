// The kinds of material a party files (材料类别) and which ones a filing cannot do without.
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';

export const MATERIAL_CATEGORIES = [
  'complaint',
  'evidence',
  'identity',
  'authorization',
  'lawyerLicence',
  'defence',
  'counterclaim',
  'appealPetition',
  'supplementary',
  'serviceProof',
  'executionTitle',
  'enforcementCertificate',
  // CrPL art 176: the procuratorate's 起诉书.
  'indictment',
  'other',
] as const;
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];

export const MATERIAL_LABELS: Record<MaterialCategory, BilingualMessage> = {
  complaint: { 'zh-CN': '起诉状', en: 'Complaint' },
  evidence: { 'zh-CN': '证据材料', en: 'Evidence' },
  identity: { 'zh-CN': '身份证明', en: 'Proof of identity' },
  authorization: { 'zh-CN': '授权委托书', en: 'Power of attorney' },
  lawyerLicence: { 'zh-CN': '律师执业证', en: "Lawyer's practising licence" },
  defence: { 'zh-CN': '答辩状', en: 'Defence' },
  counterclaim: { 'zh-CN': '反诉状', en: 'Counterclaim' },
  appealPetition: { 'zh-CN': '上诉状', en: 'Notice of appeal' },
  supplementary: { 'zh-CN': '补充材料', en: 'Supplementary material' },
  serviceProof: { 'zh-CN': '送达证明', en: 'Proof of service' },
  executionTitle: { 'zh-CN': '执行依据', en: 'Title for execution' },
  enforcementCertificate: { 'zh-CN': '执行证书', en: 'Enforcement certificate' },
  indictment: { 'zh-CN': '起诉书', en: 'Indictment' },
  other: { 'zh-CN': '其他材料', en: 'Other' },
};

export function isMaterialCategory(x: unknown): x is MaterialCategory {
  return typeof x === 'string' && (MATERIAL_CATEGORIES as readonly string[]).includes(x);
}

/**
 * CPL-2023 art 123: a suit is brought by filing a 起诉状; CPL-2023 art 62 and CPL-Interp art 88: an agent files the
 * 授权委托书, and a lawyer also the 律师执业证 (and the firm's letter) [U: not in rules.md, read from the texts].
 */
export function requiredFilingMaterials(filer: 'party' | 'lawyer'): MaterialCategory[] {
  return filer === 'lawyer' ? ['complaint', 'authorization', 'lawyerLicence'] : ['complaint'];
}

/**
 * CPL-2023 art 62 para 2: an agent appeals only with the principal's special authorisation, so the first instance's
 * 授权委托书 does not carry a lawyer into the appeal: it files one for the appeal with it [U: not in rules.md, read from the text].
 */
export function requiredAppealMaterials(appellant: 'party' | 'lawyer'): MaterialCategory[] {
  return appellant === 'lawyer' ? ['authorization'] : [];
}

export const APPEAL_AUTHORIZATION_HINT: BilingualMessage = {
  'zh-CN': '律师代为上诉，须随上诉提交载明代为上诉权限的授权委托书，一审的授权委托书不能代替。',
  en: 'A lawyer appealing for a client files, with the appeal, a power of attorney that authorises the appeal; the first-instance one does not.',
};

/**
 * Refuses a filing (or a party's submission, with its own code) that lacks a required material, naming each one;
 * `why` says what the rule asks, where the name alone would not.
 */
export function checkRequiredMaterials(required: readonly MaterialCategory[], attached: readonly string[], code = 'FILING_MATERIAL_MISSING', why?: BilingualMessage): void {
  const have = new Set(attached);
  const missing = required.filter((c) => !have.has(c));
  if (!missing.length) return;
  const zh = missing.map((c) => `“${MATERIAL_LABELS[c]['zh-CN']}”`).join('、');
  const en = missing.map((c) => MATERIAL_LABELS[c].en).join(', ');
  refuse(code, 'invalid', `缺少必需的材料：${zh}。${why ? why['zh-CN'] : ''}请上传后再提交。`, `Required material missing: ${en}. ${why ? `${why.en} ` : ''}Upload it, then submit.`, { missing });
}

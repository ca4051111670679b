// 电子卷宗: the catalogue of a case's 诉讼文书卷 — the 正卷 (what the parties may read) and the 副卷 (the court's internal
// papers, never shown to them) — as data, one default per group of case types, and where a document of a kind goes.
// [U] The order follows the SPC's archiving rules for litigation files (卷内目录, 起诉状, 证据, 受理通知书, 送达回证, 庭审笔录,
// 判决书…; 副卷: 合议庭评议笔录, 审理报告, 审委会讨论记录, 内部审批); rules.md has no archiving section, so the sections
// and their order are configurable data, not a rule read from a verified text.
import { EXECUTION_CASE_TYPES } from '../casetypes/executionCase';

export const DOSSIER_VOLUMES = ['main', 'secondary'] as const;
/** main = 正卷, secondary = 副卷. */
export type DossierVolume = (typeof DOSSIER_VOLUMES)[number];

export interface DossierSection {
  key: string;
  volume: DossierVolume;
  title: string;
  /** The item kinds (attachment categories, generated document kinds) placed here automatically. */
  kinds: readonly string[];
}

export type CatalogueGroup = 'civil' | 'criminal' | 'administrative' | 'execution';

const FILED_PARTY_PAPERS = ['identity', 'authorization', 'lawyerLicence'] as const;
const ACCEPTANCE = ['acceptanceNotice', 'feeNotice', 'applicationFeeNotice', 'responseNotice', 'evidenceNotice', 'complaintCopy'] as const;
const SERVICE = ['summons', 'hearingAnnouncement', 'serviceProof'] as const;
const MEDIATION = ['mediationMaterial', 'mediationAgreement', 'signedAgreement', 'settlementAgreement'] as const;
const DECISIONS = [
  'judgment',
  'ruling',
  'criminalJudgment',
  'inadmissibleRuling',
  'withdrawalRuling',
  'dismissalRuling',
  'jurisdictionRuling',
  'confirmationRuling',
  'confirmationDismissal',
  'preservationRuling',
  'preservationDismissal',
  'paymentOrder',
  'retrialRuling',
  'retrialDismissal',
  'extensionDecision',
  'deductionDecision',
] as const;
const EXECUTION_PAPERS = ['executionNotice', 'propertyReportOrder', 'clueNotice', 'controlRuling', 'assistanceNotice', 'agencyReceipt', 'consumptionRestrictionOrder', 'dishonestDecision'] as const;

/** The 副卷, the same for every case type and fixed (a configured catalogue keeps it: catalogueConfig.ts). */
export const SECONDARY_VOLUME: readonly DossierSection[] = [
  { key: 'secondaryIndex', volume: 'secondary', title: '卷内目录（副卷）', kinds: [] },
  { key: 'deliberation', volume: 'secondary', title: '合议庭评议笔录', kinds: ['deliberationRecord'] },
  { key: 'trialReport', volume: 'secondary', title: '审理报告', kinds: ['trialReport'] },
  { key: 'committee', volume: 'secondary', title: '审判委员会讨论记录', kinds: ['committeeRecord'] },
  { key: 'approval', volume: 'secondary', title: '内部审批材料', kinds: ['internalApproval'] },
  { key: 'internalOther', volume: 'secondary', title: '其他内部材料', kinds: ['internalNote'] },
];

const main = (sections: readonly [string, string, readonly string[]][]): DossierSection[] => [
  { key: 'index', volume: 'main', title: '卷内目录', kinds: [] },
  ...sections.map(([key, title, kinds]) => ({ key, volume: 'main' as const, title, kinds })),
  { key: 'other', volume: 'main', title: '其他材料', kinds: ['other'] },
];

export const DEFAULT_CATALOGUES: Readonly<Record<CatalogueGroup, readonly DossierSection[]>> = {
  civil: [
    ...main([
      ['pleading', '起诉状、上诉状', ['complaint', 'appealPetition', 'counterclaim']],
      ['partyPapers', '当事人身份证明、授权委托书', FILED_PARTY_PAPERS],
      ['acceptance', '受理案件通知书、缴费通知书', ACCEPTANCE],
      ['defence', '答辩状', ['defence']],
      ['evidence', '证据材料', ['evidence', 'supplementary']],
      ['service', '传票、送达回证', SERVICE],
      ['hearingRecord', '庭审笔录', ['hearingRecord', 'hearingRecording']],
      ['mediation', '调解材料', MEDIATION],
      ['decision', '判决书、裁定书、决定书', DECISIONS],
      ['execution', '执行文书', [...EXECUTION_PAPERS, 'executionTitle', 'enforcementCertificate']],
    ]),
    ...SECONDARY_VOLUME,
  ],
  criminal: [
    ...main([
      ['pleading', '起诉书、自诉状', ['indictment', 'complaint', 'appealPetition']],
      ['partyPapers', '身份证明、委托辩护材料', FILED_PARTY_PAPERS],
      ['acceptance', '受理、开庭通知', ACCEPTANCE],
      ['evidence', '证据材料', ['evidence', 'supplementary', 'defence']],
      ['service', '传票、送达回证', SERVICE],
      ['hearingRecord', '庭审笔录', ['hearingRecord', 'hearingRecording']],
      ['decision', '判决书、裁定书', DECISIONS],
    ]),
    ...SECONDARY_VOLUME,
  ],
  administrative: [
    ...main([
      ['pleading', '起诉状、上诉状', ['complaint', 'appealPetition']],
      ['partyPapers', '当事人身份证明、授权委托书', FILED_PARTY_PAPERS],
      ['acceptance', '受理案件通知书、应诉通知书', ACCEPTANCE],
      ['defence', '答辩状及行政行为证据、依据', ['defence']],
      ['evidence', '证据材料', ['evidence', 'supplementary']],
      ['service', '传票、送达回证', SERVICE],
      ['hearingRecord', '庭审笔录', ['hearingRecord', 'hearingRecording']],
      ['mediation', '调解材料', MEDIATION],
      ['decision', '判决书、裁定书', DECISIONS],
    ]),
    ...SECONDARY_VOLUME,
  ],
  execution: [
    ...main([
      ['application', '执行申请书、执行依据', ['complaint', 'executionTitle', 'enforcementCertificate']],
      ['partyPapers', '当事人身份证明、授权委托书', FILED_PARTY_PAPERS],
      ['acceptance', '受理、执行通知书', ['executionNotice', ...ACCEPTANCE]],
      ['investigation', '财产调查、控制材料', ['propertyReportOrder', 'clueNotice', 'controlRuling', 'assistanceNotice', 'agencyReceipt']],
      ['measures', '强制措施材料', ['consumptionRestrictionOrder', 'dishonestDecision']],
      ['service', '送达回证', SERVICE],
      ['settlement', '执行和解材料', MEDIATION],
      ['evidence', '证据材料', ['evidence', 'supplementary', 'defence']],
      ['decision', '裁定书、决定书', DECISIONS],
    ]),
    ...SECONDARY_VOLUME,
  ],
};

/** The group whose default catalogue a case type uses (by its 类型代字). */
export function catalogueGroup(caseType: string): CatalogueGroup {
  if (EXECUTION_CASE_TYPES.includes(caseType) || caseType.startsWith('执')) return 'execution';
  if (caseType.startsWith('刑')) return 'criminal';
  if (caseType.startsWith('行')) return 'administrative';
  return 'civil';
}

/** The catalogue of a case type: a configured one (per case type) if given, else its group's default. */
export function catalogueFor(caseType: string, configured: Readonly<Record<string, readonly DossierSection[]>> = {}): readonly DossierSection[] {
  return configured[caseType] ?? DEFAULT_CATALOGUES[catalogueGroup(caseType)];
}

/** Where an item of this kind goes: the first section listing the kind, else the 正卷's 其他材料. */
export function sectionForKind(catalogue: readonly DossierSection[], kind: string): DossierSection {
  return catalogue.find((s) => s.kinds.includes(kind)) ?? catalogue.find((s) => s.key === 'other') ?? catalogue.find((s) => s.volume === 'main')!;
}

/** The kind an item filed into this section takes, so that placement by kind keeps it there; null: the section takes no files (卷内目录 is generated). */
export function kindForSection(catalogue: readonly DossierSection[], section: DossierSection): string | null {
  return section.kinds.find((k) => sectionForKind(catalogue, k).key === section.key) ?? null;
}

export const DOSSIER_SOURCES = ['filed', 'evidence', 'generated', 'serviceProof', 'hearingRecord', 'mediation', 'execution', 'internal', 'other'] as const;
export type DossierSource = (typeof DOSSIER_SOURCES)[number];

const SOURCE_OF_KIND: Readonly<Record<string, DossierSource>> = {
  complaint: 'filed',
  appealPetition: 'filed',
  counterclaim: 'filed',
  defence: 'filed',
  indictment: 'filed',
  identity: 'filed',
  authorization: 'filed',
  lawyerLicence: 'filed',
  supplementary: 'filed',
  evidence: 'evidence',
  serviceProof: 'serviceProof',
  agencyReceipt: 'execution',
  executionTitle: 'execution',
  enforcementCertificate: 'execution',
  hearingRecord: 'hearingRecord',
  hearingRecording: 'hearingRecord',
  mediationMaterial: 'mediation',
  signedAgreement: 'mediation',
  settlementAgreement: 'mediation',
};

/** Where an item comes from: a document the court generated, else by its kind (filed material, evidence, service proof…). */
export function sourceOf(kind: string, isGenerated: boolean): DossierSource {
  if (isGenerated) return 'generated';
  if (SECONDARY_VOLUME.some((s) => s.kinds.includes(kind))) return 'internal';
  return SOURCE_OF_KIND[kind] ?? 'other';
}

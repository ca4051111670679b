// 庭审笔录: the clerk records the hearing in sections; once finalised, the text is fixed (its SHA-256 is what is
// signed) and the parties read it and sign it or ask for a correction (CPL-2023 art 150: the record is read to
// or by the parties, who may ask for an omission or error to be corrected; they sign it, a refusal is noted).
import { refuse } from '../errors/domainError';

export interface TranscriptSection {
  key: string;
  title: string;
  text: string;
}

/** The sections of a civil hearing's record, in the order the hearing runs (CPL-2023 arts 140–145). */
export const TRANSCRIPT_SECTIONS = [
  { key: 'opening', title: '开庭情况（到庭人员、权利义务告知、回避）' },
  { key: 'claims', title: '法庭调查：原告诉讼请求及事实理由' },
  { key: 'defence', title: '法庭调查：被告答辩意见' },
  { key: 'evidence', title: '法庭调查：举证、质证' },
  { key: 'disputes', title: '争议焦点' },
  { key: 'debate', title: '法庭辩论' },
  { key: 'finalStatements', title: '最后陈述' },
  { key: 'mediation', title: '调解意向' },
] as const;
export type TranscriptSectionKey = (typeof TRANSCRIPT_SECTIONS)[number]['key'];

export interface SkeletonParty {
  id: number;
  name: string;
  standingLabel: string;
  agents: string[];
}

/** What the case already knows, from which the record's skeleton is written. */
export interface SkeletonFacts {
  caseNumber: string | null;
  cause: string | null;
  courtName: string;
  startsAt: string;
  roomName: string;
  modeLabel: string;
  judges: string[];
  clerkName: string | null;
  parties: SkeletonParty[];
  claims: string[];
  facts: string;
  defences: { partyName: string; summary: string | null }[];
  /** Lines other capabilities contribute by section (evidence items, disputed elements…). */
  contributions: Partial<Record<TranscriptSectionKey, string[]>>;
}

const MAX_SECTION = 50_000;

/** The record's first draft: who appears, the claims as filed, the defence, and what other modules contribute. */
export function transcriptSkeleton(f: SkeletonFacts): TranscriptSection[] {
  const appearances = f.parties.map((p) => `${p.standingLabel}：${p.name}${p.agents.length ? `，委托诉讼代理人：${p.agents.join('、')}` : ''}，到庭。`);
  const opening = [
    `时间：${f.startsAt}`,
    `地点：${f.roomName}（${f.modeLabel}）`,
    `案号：${f.caseNumber ?? '（未编号）'}\u3000案由：${f.cause ?? ''}`,
    `审判人员：${f.judges.join('、') || '____'}\u3000书记员：${f.clerkName ?? '____'}`,
    ...appearances,
    '审判长（审判员）宣布开庭，核对当事人身份，告知诉讼权利义务；询问当事人是否申请回避：____。',
  ];
  const claims = [...f.claims.map((c, i) => `${i + 1}. ${c}`), ...(f.facts ? [`事实与理由：${f.facts}`] : [])];
  const defence = f.defences.length ? f.defences.map((d) => `${d.partyName}：${d.summary ?? '（当庭答辩）'}`) : ['____'];
  const body: Record<TranscriptSectionKey, string[]> = {
    opening,
    claims,
    defence,
    evidence: [],
    disputes: [],
    debate: [],
    finalStatements: f.parties.map((p) => `${p.standingLabel}${p.name}：____`),
    mediation: f.parties.map((p) => `${p.standingLabel}${p.name}是否同意调解：____`),
  };
  return TRANSCRIPT_SECTIONS.map((s) => {
    const lines = [...body[s.key], ...(f.contributions[s.key] ?? [])];
    return { key: s.key, title: s.title, text: lines.join('\n') };
  });
}

/** A draft's sections, checked: the declared keys only, each once, each within its size. */
export function checkSections(sections: readonly TranscriptSection[]): TranscriptSection[] {
  const seen = new Set<string>();
  for (const s of sections) {
    if (seen.has(s.key)) refuse('TRANSCRIPT_SECTIONS_INVALID', 'invalid', `笔录栏目“${s.title}”重复。`, `The section "${s.key}" appears twice.`);
    seen.add(s.key);
    if (s.text.length > MAX_SECTION) refuse('TRANSCRIPT_SECTIONS_INVALID', 'invalid', `笔录栏目“${s.title}”过长。`, `The section "${s.key}" is too long.`);
  }
  return sections.map((s) => ({ key: s.key, title: s.title.trim(), text: s.text.replace(/\r\n?/g, '\n') }));
}

/** The exact text that is hashed and signed: title lines and bodies, in order, LF line ends. */
export function canonicalTranscript(header: { caseNumber: string | null; hearingId: number; revision: number }, sections: readonly TranscriptSection[]): string {
  const head = `庭审笔录\n案号：${header.caseNumber ?? ''}\n开庭编号：${header.hearingId}\n修订：${header.revision}\n`;
  return head + sections.map((s) => `\n【${s.title}】\n${s.text}\n`).join('');
}

/** Who must sign a revision: each party (itself or its agent) and the court (the clerk, or the judge). */
export interface RequiredSigners {
  partyIds: readonly number[];
}

export interface SignatureFact {
  partyId: number | null;
}

/** The signatures still missing: party ids, and whether the court's is. */
export function missingSignatures(required: RequiredSigners, signatures: readonly SignatureFact[]): { partyIds: number[]; court: boolean } {
  const signedParties = new Set(signatures.filter((s) => s.partyId !== null).map((s) => s.partyId));
  return { partyIds: required.partyIds.filter((id) => !signedParties.has(id)), court: !signatures.some((s) => s.partyId === null) };
}

export function isFullySigned(required: RequiredSigners, signatures: readonly SignatureFact[]): boolean {
  const m = missingSignatures(required, signatures);
  return m.partyIds.length === 0 && !m.court;
}

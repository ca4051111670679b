// A first-instance civil 判决书 composed from the case, in the order and wording of the SPC's 民事诉讼文书样式: 首部,
// parties, procedure, claims, defence, evidence, facts found, 本院认为, 判决主文, the fee, the appeal notice, 尾部.
// Every paragraph names its sources; the judge edits the draft before it is issued (issue 21 item 4).
import { chineseDate } from '../documents/templates';
import type { FactFound } from '../elements/elementFindings';
import type { ElementSchema, ElementValues } from '../elements/elementSchema';
import { decreeItems, numberedDecree } from './decreeItems';
import { DISPUTE_REASONING, PROOF_PROVISION } from './disputeReasoning';
import { namesOf, partyParagraphs, type JudgmentParty } from './judgmentParties';
import { paragraph, type JudgmentParagraph, type ParagraphSource } from './judgmentParts';
import { appealNotice, documentDate, feeBurden, feeBurdenText } from './judgmentTail';

const PROCEDURE_WORDS = { ordinary: '普通程序', simple: '简易程序', smallClaims: '小额诉讼程序' } as const;

export interface CivilJudgmentInput {
  courtName: string;
  caseNumber: string;
  causeName: string;
  acceptedOn: string;
  procedure: keyof typeof PROCEDURE_WORDS;
  publicHearing: boolean;
  parties: readonly JudgmentParty[];
  /** Names of those who appeared at the hearing (parties and agents). */
  attended: readonly string[];
  claims: readonly string[];
  facts: string;
  /** Each defending party's defence in words (its 答辩状 summary or its element answers), or none. */
  defences: readonly { partyId: number; name: string; text: string; sources?: ParagraphSource[] }[];
  /** The court's findings on the evidence (认证), in the order of the parties' lists. */
  evidence: readonly { itemId: number; label: string; name: string; finding: string }[];
  /** The element trial's part: the schema, what the complaint stated, the values found and the facts found. */
  elements?: { schema: ElementSchema; complaint: ElementValues; found: ElementValues; facts: readonly FactFound[] } | undefined;
  /** The fee charged on the case (受理费 as the fee engine computed it). */
  feeFen: bigint;
  appealCourtName: string;
  foreignParty: boolean;
  judges: readonly { role: '审判长' | '审判员' | '人民陪审员'; name: string }[];
  clerk: string | null;
  issuedOn: string;
}

export function composeCivilJudgment(c: CivilJudgmentInput): JudgmentParagraph[] {
  const plaintiffs = namesOf(c.parties, 'plaintiff');
  const defendants = namesOf(c.parties, 'defendant');
  const out: JudgmentParagraph[] = [
    paragraph('header', c.courtName, { kind: 'case', field: 'court' }),
    paragraph('header', '民事判决书'),
    paragraph('header', c.caseNumber, { kind: 'case', field: 'caseNumber' }),
    ...partyParagraphs(c.parties),
  ];
  const hearing = `${c.publicHearing ? '公开' : '不公开'}开庭进行了审理`;
  const attended = c.attended.length ? `${c.attended.join('、')}到庭参加诉讼。` : '';
  out.push(paragraph('procedure', `原告${plaintiffs}与被告${defendants}${c.causeName}一案，本院于${chineseDate(c.acceptedOn)}立案后，依法适用${PROCEDURE_WORDS[c.procedure]}，${hearing}。${attended}本案现已审理终结。`, { kind: 'case', field: 'acceptedOn' }, { kind: 'case', field: 'procedure' }));
  const claims = c.claims.map((x, i) => `${i + 1}.${x.replace(/[。；;]$/, '')}`).join('；');
  out.push(paragraph('claims', `${plaintiffs}向本院提出诉讼请求：${claims}。事实和理由：${c.facts.trim()}`, { kind: 'case', field: 'claims' }, { kind: 'case', field: 'facts' }));
  for (const d of c.defences) out.push(paragraph('defence', `${d.name}辩称，${d.text.replace(/。$/, '')}。`, { kind: 'party', partyId: d.partyId }, ...(d.sources ?? [])));
  if (!c.defences.length) out.push(paragraph('defence', `${defendants}未答辩。`));
  out.push(paragraph('evidence', '本案当事人围绕诉讼请求依法提交了证据，本院组织当事人进行了证据交换和质证。'));
  for (const e of c.evidence) out.push(paragraph('evidence', `${e.label}${e.name}，${e.finding.replace(/。$/, '')}。`, { kind: 'evidence', itemId: e.itemId }));
  const el = c.elements;
  if (el) {
    out.push(paragraph('facts', '根据当事人陈述和经审查确认的证据，本院认定事实如下：'));
    el.facts.forEach((f, i) => out.push(paragraph('facts', `${i + 1}. ${f.label['zh-CN']}：${f.text['zh-CN']}${f.source === 'found' && f.note ? `（${f.note}）` : ''}。`, { kind: 'element', element: f.element })));
  }
  const reasoning = el ? DISPUTE_REASONING[el.schema.key] : undefined;
  const provisions = [...(reasoning?.provisions ?? []), PROOF_PROVISION];
  out.push(paragraph('reasoning', `本院认为，${reasoning?.reasoning ?? '____（请写明裁判理由）'}`, ...provisions.map((cite) => ({ kind: 'provision' as const, cite }))));
  const decree = el ? decreeItems({ schema: el.schema, complaint: el.complaint, found: el.found, plaintiffs, defendants }) : { items: [], partial: false, claimedFen: 0n, awardedFen: 0n };
  out.push(paragraph('decree', `依照${provisions.join('，')}之规定，判决如下：`, ...provisions.map((cite) => ({ kind: 'provision' as const, cite }))));
  const lines = el ? numberedDecree(decree.items, decree.partial ? plaintiffs : null) : ['____（请写明判决主文）'];
  lines.forEach((l, i) => out.push(paragraph('decree', l, ...(decree.items[i] ? [{ kind: 'element' as const, element: decree.items[i]!.claim }] : []))));
  // CPL-2023 art 264: a money judgment warns of the doubled interest on late payment.
  if (decree.items.length) out.push(paragraph('decree', '如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。', { kind: 'provision', cite: '《中华人民共和国民事诉讼法》第二百六十四条' }));
  const split = feeBurden({ feeFen: c.feeFen, claimedFen: decree.claimedFen, awardedFen: el ? decree.awardedFen : decree.claimedFen });
  out.push(paragraph('fee', feeBurdenText({ feeLabel: '案件受理费', feeFen: c.feeFen, split, plaintiffs: [plaintiffs], defendants: [defendants] }), { kind: 'fee' }));
  out.push(paragraph('appeal', appealNotice({ document: 'judgment', procedure: c.procedure, foreignParty: c.foreignParty, appealCourtName: c.appealCourtName }), { kind: 'clock' }));
  for (const j of c.judges) out.push(paragraph('signature', `${j.role}\u3000${j.name}`));
  out.push(paragraph('signature', documentDate(c.issuedOn)));
  if (c.clerk) out.push(paragraph('signature', `书记员\u3000${c.clerk}`));
  return out;
}

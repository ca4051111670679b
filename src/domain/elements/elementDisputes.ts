// The defendant answers the complaint element by element (承认/否认/说明); the elements every answering defendant
// admitted are undisputed, the others are the dispute (争议焦点) and make the hearing outline — the element trial's
// way of trying only what is in dispute (issue 21; CPL-2023 art 128 for the defence).
import { DomainError } from '../errors/domainError';
import { applies, bi, elementOf, type Bi, type ElementSchema, type ElementValue, type ElementValues } from './elementSchema';
import { formatElementValue, type Lang } from './elementText';
import { valueProblem } from './validateElements';

export const ANSWER_STANCES = ['admit', 'deny', 'explain'] as const;
export type AnswerStance = (typeof ANSWER_STANCES)[number];

export interface ElementAnswer {
  stance: AnswerStance;
  /** Why, in the party's words: required to explain (说明), optional to deny. */
  note?: string;
  /** The value the defendant says is right, of the element's type (e.g. a smaller amount). */
  value?: ElementValue;
}
export type ElementAnswers = Readonly<Record<string, ElementAnswer>>;

const STANCE_LABEL: Record<AnswerStance, Bi> = { admit: bi('承认', 'admits'), deny: bi('否认', 'denies'), explain: bi('说明', 'explains') };

/** Refuses answers to elements the plaintiff did not state, an explanation without words, a value of the wrong type. */
export function assertAnswers(schema: ElementSchema, complaint: ElementValues, answers: ElementAnswers): void {
  for (const [key, a] of Object.entries(answers)) {
    const def = elementOf(schema, key);
    const field = `/answers/${key}`;
    if (!def || complaint[key] === undefined) {
      throw new DomainError('ELEMENT_ANSWER_UNKNOWN', 'invalid', bi(`起诉状没有陈述要素“${def?.label['zh-CN'] ?? key}”，无需对其答辩。`, `The complaint states no element "${def?.label.en ?? key}"; there is nothing to answer.`), { field, element: key });
    }
    if (a.stance === 'explain' && !a.note?.trim()) {
      throw new DomainError('ELEMENT_ANSWER_NOTE_REQUIRED', 'invalid', bi(`对“${def.label['zh-CN']}”选择“说明”的，请写明您的说明。`, `Say what you explain about "${def.label.en}".`), { field: `${field}/note`, element: key });
    }
    if (a.value !== undefined) {
      if (a.stance === 'admit') throw new DomainError('ELEMENT_ANSWER_VALUE_WITH_ADMISSION', 'invalid', bi(`已承认“${def.label['zh-CN']}”的，不应另填数值；数值不同请选择“说明”。`, `You admit "${def.label.en}": give no other value, or choose "explain" if yours differs.`), { field: `${field}/value`, element: key });
      const p = valueProblem(def, a.value);
      if (p) throw new DomainError('ELEMENT_INVALID', 'invalid', p.message, { field: `${field}/value`, element: key, problems: [p] });
    }
  }
}

export type ElementStatus = 'undisputed' | 'disputed' | 'unanswered';

export interface PartyAnswers {
  partyId: number;
  partyName: string;
  answers: ElementAnswers;
}

export interface ElementPosition {
  partyId: number;
  partyName: string;
  stance: AnswerStance;
  note: string | null;
  value: ElementValue | null;
}

export interface ElementDispute {
  element: string;
  section: string;
  label: Bi;
  claimed: ElementValue;
  status: ElementStatus;
  positions: ElementPosition[];
  supports: readonly string[];
}

/**
 * Each element the plaintiff stated, with every answering party's position: undisputed when all answering parties
 * admitted it, disputed when any denied or explained it, unanswered when none has answered it yet.
 */
export function elementDisputes(schema: ElementSchema, complaint: ElementValues, answered: readonly PartyAnswers[]): ElementDispute[] {
  const out: ElementDispute[] = [];
  for (const section of schema.sections) {
    for (const def of section.elements) {
      const claimed = complaint[def.key];
      if (claimed === undefined || !applies(def, complaint)) continue;
      const positions = answered.flatMap((p) => {
        const a = p.answers[def.key];
        return a ? [{ partyId: p.partyId, partyName: p.partyName, stance: a.stance, note: a.note?.trim() || null, value: a.value ?? null }] : [];
      });
      const status: ElementStatus = !positions.length ? 'unanswered' : positions.every((x) => x.stance === 'admit') ? 'undisputed' : 'disputed';
      out.push({ element: def.key, section: section.key, label: def.label, claimed, status, positions, supports: def.supports });
    }
  }
  return out;
}

export interface OutlineIssue {
  /** 争议焦点一, 二… */
  no: number;
  section: string;
  title: Bi;
  elements: { element: string; label: Bi; status: ElementStatus; text: Bi }[];
  claims: string[];
}

export interface HearingOutline {
  /** Confirmed at the start of the hearing without evidence (无争议事实). */
  undisputed: { element: string; label: Bi; value: Bi }[];
  issues: OutlineIssue[];
}

const CHINESE_NUMBERS = '一二三四五六七八九十';
export const issueOrdinal = (n: number): string => (n <= 10 ? CHINESE_NUMBERS[n - 1]! : String(n));

/** The hearing outline (庭审提纲): undisputed facts to confirm, then one issue per part of the dispute in contention. */
export function hearingOutline(schema: ElementSchema, disputes: readonly ElementDispute[]): HearingOutline {
  const word = (d: ElementDispute, lang: Lang) => formatElementValue(elementOf(schema, d.element)!, d.claimed, lang);
  const undisputed = disputes.filter((d) => d.status === 'undisputed').map((d) => ({ element: d.element, label: d.label, value: bi(word(d, 'zh-CN'), word(d, 'en')) }));
  const issues: OutlineIssue[] = [];
  for (const section of schema.sections) {
    const open = disputes.filter((d) => d.section === section.key && d.status !== 'undisputed');
    if (!open.length) continue;
    const no = issues.length + 1;
    issues.push({
      no,
      section: section.key,
      title: bi(`争议焦点${issueOrdinal(no)}：${section.issue['zh-CN']}`, `Issue ${no}: ${section.issue.en}`),
      elements: open.map((d) => ({ element: d.element, label: d.label, status: d.status, text: positionText(schema, d) })),
      claims: [...new Set(open.flatMap((d) => d.supports))],
    });
  }
  return { undisputed, issues };
}

function positionText(schema: ElementSchema, d: ElementDispute): Bi {
  const def = elementOf(schema, d.element)!;
  const claimed = bi(`原告主张${formatElementValue(def, d.claimed)}`, `the plaintiff states ${formatElementValue(def, d.claimed, 'en')}`);
  if (!d.positions.length) return bi(`${claimed['zh-CN']}；被告未答辩，需当庭查明。`, `${claimed.en}; no defendant has answered: to be established at the hearing.`);
  const zh = d.positions.map((p) => `${p.partyName}${STANCE_LABEL[p.stance]['zh-CN']}${p.value !== null ? `，认为应为${formatElementValue(def, p.value)}` : ''}${p.note ? `（${p.note}）` : ''}`);
  const en = d.positions.map((p) => `${p.partyName} ${STANCE_LABEL[p.stance].en}${p.value !== null ? `, saying it is ${formatElementValue(def, p.value, 'en')}` : ''}${p.note ? ` (${p.note})` : ''}`);
  return bi(`${claimed['zh-CN']}；${zh.join('；')}。`, `${claimed.en}; ${en.join('; ')}.`);
}

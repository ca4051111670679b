// 要素式审判: a dispute kind's elements (要素) as a declaration — what the plaintiff states element by element, what
// the defendant admits or denies element by element, and which claim each element supports. The SPC's 2024 要素式
// 起诉状/答辩状 templates for common disputes are the public model (issue 21); the law an element turns on is cited
// where rules.md has it, and marked [U] where the value is a judgement of ours.
import type { BilingualMessage } from '../errors/domainError';

export type Bi = BilingualMessage;
export const bi = (zh: string, en: string): Bi => ({ 'zh-CN': zh, en });

/** amount: yuan as a decimal string; date: YYYY-MM-DD; rate: percent as a decimal string on the element's basis. */
export const ELEMENT_TYPES = ['amount', 'date', 'rate', 'boolean', 'choice', 'integer', 'text'] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];
export type ElementValue = string | number | boolean;
export type ElementValues = Readonly<Record<string, ElementValue>>;

/** The element is asked only when another element has this value (e.g. the rate only when interest was agreed). */
export interface ElementCondition {
  element: string;
  equals: ElementValue;
}

export interface ElementOption {
  key: string;
  label: Bi;
}

export interface ElementDef {
  key: string;
  type: ElementType;
  label: Bi;
  /** What the element means, in words a person without legal training understands (shown beside the field). */
  help: Bi;
  required?: boolean;
  when?: ElementCondition;
  /** choice */
  options?: readonly ElementOption[];
  /** integer, amount (yuan) and rate (percent): inclusive bounds. */
  min?: number;
  max?: number;
  /** rate: the period the percentage is per. */
  rateBasis?: 'year' | 'month' | 'day';
  /** text: at most this many characters (default 500). */
  maxLength?: number;
  /** The claims (ClaimDef keys) this element supports. */
  supports: readonly string[];
}

export interface ElementSection {
  key: string;
  label: Bi;
  /** The question this part of the dispute turns on, used as the 争议焦点 when any of its elements is disputed. */
  issue: Bi;
  elements: readonly ElementDef[];
}

export interface ClaimDef {
  key: string;
  label: Bi;
  /** The claim as a sentence of the complaint from the elements, or null when the elements do not ask for it. */
  draft: (v: ElementValues) => string | null;
}

/** Cross-element checks: a later date not before an earlier one; a part not above its whole. */
export type ElementCheck =
  | { kind: 'dateNotBefore'; later: string; earlier: string }
  | { kind: 'amountNotAbove'; part: string; whole: string };

/** A cause of the 2020 civil cause catalogue (reference/civil-causes.json): its key ('103-3') and name. */
export interface CatalogueCause {
  key: string;
  name: string;
  /** Also every level-4 cause under this one. */
  withChildren?: boolean;
}

export interface ElementSchema {
  key: string;
  /** Bumped when elements change meaning; stored with a case's answers. */
  version: number;
  label: Bi;
  causes: readonly CatalogueCause[];
  sections: readonly ElementSection[];
  claims: readonly ClaimDef[];
  checks: readonly ElementCheck[];
}

export function elementsOf(schema: ElementSchema): ElementDef[] {
  return schema.sections.flatMap((s) => s.elements);
}

export function elementOf(schema: ElementSchema, key: string): ElementDef | undefined {
  return elementsOf(schema).find((e) => e.key === key);
}

/** Whether the element is asked, given the values so far. */
export function applies(def: ElementDef, values: ElementValues): boolean {
  return !def.when || values[def.when.element] === def.when.equals;
}

// A judgment's paragraphs and where each comes from: the judge sees the source of every generated paragraph (an
// element, an evidence item, a provision, a field of the case) in the editor (issue 21 item 4).
export const JUDGMENT_SECTIONS = ['header', 'parties', 'procedure', 'claims', 'defence', 'evidence', 'facts', 'reasoning', 'decree', 'fee', 'appeal', 'signature'] as const;
export type JudgmentSection = (typeof JUDGMENT_SECTIONS)[number];

export type ParagraphSource =
  | { kind: 'case'; field: string }
  | { kind: 'party'; partyId: number }
  | { kind: 'element'; element: string }
  | { kind: 'answer'; partyId: number; element: string }
  | { kind: 'evidence'; itemId: number }
  | { kind: 'provision'; cite: string }
  | { kind: 'fee' }
  | { kind: 'clock' };

export interface JudgmentParagraph {
  section: JudgmentSection;
  text: string;
  sources: ParagraphSource[];
}

export const paragraph = (section: JudgmentSection, text: string, ...sources: ParagraphSource[]): JudgmentParagraph => ({ section, text, sources });

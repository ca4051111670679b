// The parties' paragraphs of a civil judgment, as the SPC's 民事诉讼文书样式 writes them: a person with sex and date of
// birth (read from the resident ID number, GB 11643) and domicile; an organisation with its seat and legal
// representative; each followed by its agents.
import { chineseDate } from '../documents/templates';
import { validateResidentIdNumber } from '../identity/residentIdNumber';
import { paragraph, type JudgmentParagraph } from './judgmentParts';

export interface JudgmentParty {
  id: number;
  standing: 'plaintiff' | 'defendant' | 'thirdParty';
  kind: 'person' | 'organization' | 'organ';
  name: string;
  idNumber?: string | null;
  address?: string | null;
  legalRepresentative?: string | null;
  agents: readonly { name: string; firm?: string | null }[];
}

export const STANDING_WORD = { plaintiff: '原告', defendant: '被告', thirdParty: '第三人' } as const;

function personDetails(p: JudgmentParty): string {
  const id = p.idNumber ? validateResidentIdNumber(p.idNumber) : null;
  const born = id?.ok ? `，${id.sex === 'male' ? '男' : '女'}，${chineseDate(id.birthDate)}出生` : '';
  return `${born}${p.address ? `，住${p.address}` : ''}`;
}

export function partyParagraphs(parties: readonly JudgmentParty[]): JudgmentParagraph[] {
  const out: JudgmentParagraph[] = [];
  for (const p of parties) {
    const src = { kind: 'party' as const, partyId: p.id };
    const head = `${STANDING_WORD[p.standing]}：${p.name}`;
    if (p.kind === 'person') out.push(paragraph('parties', `${head}${personDetails(p)}。`, src));
    else {
      out.push(paragraph('parties', `${head}${p.address ? `，住所地${p.address}` : ''}。`, src));
      if (p.legalRepresentative) out.push(paragraph('parties', `法定代表人：${p.legalRepresentative}。`, src));
    }
    for (const a of p.agents) out.push(paragraph('parties', `委托诉讼代理人：${a.name}${a.firm ? `，${a.firm}律师` : ''}。`, src));
  }
  return out;
}

/** 原告张三: a party as the procedure paragraph names those who attended. */
export const withStanding = (p: Pick<JudgmentParty, 'standing' | 'name'>) => `${STANDING_WORD[p.standing]}${p.name}`;

// The judge's finding on an item (认证) in the judgment's words; the reasons come first.
const VERDICT_WORDS = { accepted: '本院予以采信', partlyAccepted: '本院部分予以采信', rejected: '本院不予采信' } as const;
export const evidenceFindingText = (verdict: keyof typeof VERDICT_WORDS, reasoning: string) => `${reasoning.replace(/。$/, '')}，${VERDICT_WORDS[verdict]}`;

/** 张三、李四: the names of a side, for the procedure and the decree. */
export const namesOf = (parties: readonly JudgmentParty[], standing: JudgmentParty['standing']) =>
  parties.filter((p) => p.standing === standing).map((p) => p.name).join('、');

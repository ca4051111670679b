// Who is who in a criminal second instance (CrPL arts 227–229): defendants who appealed are 上诉人, the others 原审被告人;
// victims and incidental civil parties keep their standing.
export function criminalAppealStandings(origin: readonly { id: number; standing: string }[], appellantIds: readonly number[]): Map<number, string> {
  const appellants = new Set(appellantIds);
  return new Map(origin.map((p) => [p.id, appellants.has(p.id) ? 'appellant' : p.standing === 'defendant' ? 'originalDefendant' : p.standing]));
}

// CrPL arts 101, 108, 227: the criminal names of the parties' standings (被告人, not the civil 被告).
export const CRIMINAL_STANDING_LABELS: Readonly<Record<string, { 'zh-CN': string; en: string }>> = {
  defendant: { 'zh-CN': '被告人', en: 'Defendant' },
  victim: { 'zh-CN': '被害人', en: 'Victim' },
  civilPlaintiff: { 'zh-CN': '附带民事诉讼原告人', en: 'Incidental civil plaintiff' },
  privateProsecutor: { 'zh-CN': '自诉人', en: 'Private prosecutor' },
  appellant: { 'zh-CN': '上诉人（原审被告人）', en: 'Appellant (defendant below)' },
  originalDefendant: { 'zh-CN': '原审被告人', en: 'Defendant below' },
};

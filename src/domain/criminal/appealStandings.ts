// Who is who in a criminal second instance (CrPL arts 227–229): defendants who appealed are 上诉人, the others 原审被告人;
// victims and incidental civil parties keep their standing.
export function criminalAppealStandings(origin: readonly { id: number; standing: string }[], appellantIds: readonly number[]): Map<number, string> {
  const appellants = new Set(appellantIds);
  return new Map(origin.map((p) => [p.id, appellants.has(p.id) ? 'appellant' : p.standing === 'defendant' ? 'originalDefendant' : p.standing]));
}

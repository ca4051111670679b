// Random case assignment (随机分案) weighted towards judges with fewer open cases.

export interface JudgeCaseload {
  judgeId: number;
  openCases: number;
}

/** A judge's weight: 1 / (1 + open cases), so an idle judge is drawn most often but nobody is excluded. */
export function caseloadWeight(openCases: number): number {
  return 1 / (1 + Math.max(0, openCases));
}

/** Draws one judge; `random` returns a number in [0, 1). */
export function drawJudge(candidates: readonly JudgeCaseload[], random: () => number): number {
  if (candidates.length === 0) throw new RangeError('no eligible judge');
  const weights = candidates.map((c) => caseloadWeight(c.openCases));
  const total = weights.reduce((a, b) => a + b, 0);
  let point = random() * total;
  for (let i = 0; i < candidates.length; i++) {
    point -= weights[i]!;
    if (point < 0) return candidates[i]!.judgeId;
  }
  return candidates[candidates.length - 1]!.judgeId;
}

/** Draws a panel without repetition: the first judge drawn presides and is in charge of the case. */
export function drawPanel(candidates: readonly JudgeCaseload[], size: number, random: () => number): number[] {
  if (size < 1 || size > candidates.length) throw new RangeError(`cannot draw ${size} of ${candidates.length} judges`);
  const pool = [...candidates];
  const drawn: number[] = [];
  while (drawn.length < size) {
    const id = drawJudge(pool, random);
    drawn.push(id);
    pool.splice(pool.findIndex((c) => c.judgeId === id), 1);
  }
  return drawn;
}

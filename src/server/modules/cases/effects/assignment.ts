// Assignment (分案): random among the division's judges weighted by open caseload, or manual by the 庭长.
import { eq, sql } from 'drizzle-orm';
import { drawPanel, type JudgeCaseload } from '../../../../domain/assignment/weightedDraw';
import { OPEN_NODES_SQL } from '../openNodes';
import { casePanel } from '../../../db/schema';
import type { Tx } from '../../../db/database';
import { AppError } from '../../../http/appError';
import type { CaseRow } from '../caseRecord';
import { clockEnv } from '../../clock/periodStore';
import { refreshTrialLimit } from '../../clock/trialLimitStore';
import type { EffectHandler } from './effectContext';

const PANEL_SIZE = 3;

/**
 * Judges of the case's division with their open caseload. CPL-Interp art 45: a judge who sat in another procedure
 * of the same dispute (its case chain) may not sit again, so they are not eligible. [U] Execution is not a trial
 * procedure: the officer of a 执 case may take its 执恢 (CPL-Interp art 517), so execution cases do not exclude.
 */
export async function eligibleJudges(tx: Tx, c: Pick<CaseRow, 'id' | 'courtId' | 'divisionId' | 'chainId'>): Promise<(JudgeCaseload & { name: string })[]> {
  const r = await tx.execute<{ id: number; display_name: string; open_cases: string }>(sql`
    select u.id, u.display_name,
           (select count(*) from case_panel p join cases k on k.id = p.case_id
             where p.user_id = u.id and k.node in ${OPEN_NODES_SQL}) as open_cases
      from users u
     where u.is_active and 'judge' = any(u.roles) and u.court_id = ${c.courtId} and u.division_id = ${c.divisionId}
       and not exists (select 1 from case_panel p join cases k on k.id = p.case_id
                        where p.user_id = u.id and k.chain_id = ${c.chainId} and k.id <> ${c.id} and k.case_type not in ('执', '执恢'))
     order by u.id`);
  return r.rows.map((x) => ({ judgeId: Number(x.id), name: x.display_name, openCases: Number(x.open_cases) }));
}

export const assignJudges: EffectHandler = async ({ tx, deps, case: c, input, updateCase }) => {
  const pool = await eligibleJudges(tx, c);
  const byId = new Map(pool.map((j) => [j.judgeId, j]));
  const size = input.organization === 'sole' ? 1 : PANEL_SIZE;
  let chosen: number[];
  if (input.mode === 'random') {
    if (pool.length < size) {
      throw new AppError(422, 'NO_ELIGIBLE_JUDGE', `承办庭可分案的法官不足${size}人，请改为指定分案或调整庭室人员。`, `The division has fewer than ${size} eligible judges; assign manually or staff the division.`);
    }
    chosen = drawPanel(pool, size, deps.random);
  } else {
    chosen = [input.judgeId as number, ...((input.memberIds as number[] | undefined) ?? [])];
    if (new Set(chosen).size !== chosen.length) {
      throw new AppError(422, 'PANEL_DUPLICATE_MEMBER', '同一法官不能在合议庭中出现两次。', 'A judge cannot sit twice on one panel.');
    }
    const ineligible = chosen.filter((id) => !byId.has(id));
    if (ineligible.length) {
      throw new AppError(422, 'JUDGE_NOT_ELIGIBLE', '所选法官不属于承办庭，或曾参与本案其他审级（须回避）。', 'A chosen judge is not in the trying division or sat in another procedure of this dispute.', { judgeIds: ineligible });
    }
  }
  const [presiding, ...members] = chosen as [number, ...number[]];
  await tx.delete(casePanel).where(eq(casePanel.caseId, c.id));
  await tx.insert(casePanel).values([
    { caseId: c.id, userId: presiding, role: size === 1 ? 'sole' : 'presiding' },
    ...members.map((userId) => ({ caseId: c.id, userId, role: 'member' as const })),
  ]);
  await updateCase({ judgeId: presiding, organization: input.organization });
  const name = (id: number) => byId.get(id)?.name ?? String(id);
  return {
    mode: input.mode,
    organization: input.organization,
    judgeId: presiding,
    judgeName: name(presiding),
    members: members.map((id) => ({ id, name: name(id) })),
    reason: input.reason ?? null,
    ...(input.mode === 'random' ? { caseloads: pool.map((j) => ({ id: j.judgeId, openCases: j.openCases })) } : {}),
  };
};

// CPL-Interp art 258: on conversion to ordinary procedure the 审限 keeps counting from the original registration.
export const changeProcedure: EffectHandler = async ({ tx, case: c, input, today, updateCase, current }) => {
  await updateCase({ procedure: input.procedure });
  const env = await clockEnv(tx, c.courtId, today);
  const due = await refreshTrialLimit(tx, env, current());
  return { from: c.procedure, to: input.procedure, reason: input.reason, trialLimitDueOnBefore: due.before, trialLimitDueOnAfter: due.after };
};

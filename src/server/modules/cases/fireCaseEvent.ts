// The one generic use case that applies any declared case event: load and lock, ask the domain, run the effects,
// move the node and append the timeline — all in one transaction.
import { eq, sql } from 'drizzle-orm';
import type { TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import type { CaseSnapshot, ClosingMethod, CourtLevel, Procedure, RulingKind } from '../../../domain/casetypes/caseModel';
import { eventFor, nodeAfter, runGuards } from '../../../domain/casetypes/defineCaseType';
import { caseTypeOf } from '../../../domain/casetypes/registry';
import type { Actor } from '../../access/actor';
import { actingRole, caseNotFound, relationToCase, type CaseRelation } from '../../access/casePolicy';
import type { Tx } from '../../db/database';
import { cases } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, updateCaseRow, type CasePatch, type CaseRow } from './caseRecord';
import { eventFactColumns, eventFacts, type EventFactColumns } from './eventFacts';
import type { CaseEventEngine } from './effects/effectContext';

const validators = new WeakMap<TSchema, Validator>();

function validateInput(schema: TSchema, input: unknown): void {
  let v = validators.get(schema);
  if (!v) {
    v = Compile(schema) as Validator;
    validators.set(schema, v);
  }
  if (v.Check(input)) return;
  const fields = v.Errors(input).map((e) => ({ path: `input${e.instancePath}`, message: e.message }));
  const list = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  throw new AppError(400, 'VALIDATION_FAILED', `操作数据不符合要求：${list}`, `The event input is invalid: ${list}`, { fields });
}

/** Locks the case row for the event, reading with it the facts its guards need beyond the row. */
async function lockCaseForEvent(tx: Tx, id: number): Promise<{ row: CaseRow; courtLevel: CourtLevel; held: boolean; transferredIn: boolean; facts: EventFactColumns } | undefined> {
  const r = await tx
    .select({
      row: cases,
      // Written out qualified: inside a subquery drizzle would render the columns without their table.
      courtLevel: sql<CourtLevel>`(select ct.level from courts ct where ct.id = cases.court_id)`,
      held: sql<boolean>`exists (select 1 from hearings h where h.case_id = cases.id and h.status = 'held')`,
      transferredIn: sql<boolean>`exists (select 1 from cases o where o.id = cases.origin_case_id and o.closing_method = 'transfer')`,
      facts: sql<EventFactColumns>`(select row_to_json(f) from (select ${eventFactColumns(sql`cases.id`)}) f)`,
    })
    .from(cases)
    .where(eq(cases.id, id))
    .for('update', { of: cases })
    .prepare('lock_case_for_event')
    .execute();
  return r[0];
}

function caseSnapshot(c: CaseRow, facts: { courtLevel: CourtLevel; held: boolean; transferredIn: boolean; facts: EventFactColumns }, relation: CaseRelation): CaseSnapshot {
  return {
    ...eventFacts(facts.facts, relation.partyIds),
    caseType: c.caseType,
    node: c.node,
    courtLevel: facts.courtLevel,
    procedure: c.procedure as Procedure | null,
    closingMethod: c.closingMethod as ClosingMethod | null,
    rulingKind: c.rulingKind as RulingKind | null,
    acceptedOn: c.acceptedOn,
    hasHeldHearing: facts.held,
    amountFen: c.amountFen === null ? null : Number(c.amountFen),
    isTransferredIn: facts.transferredIn,
  };
}

export interface FireEventCommand {
  caseId: number;
  event: string;
  input: unknown;
  expectedVersion?: number | undefined;
}

export async function fireCaseEvent(deps: Deps, engine: CaseEventEngine, actor: Actor, cmd: FireEventCommand): Promise<{ caseId: number; seq: number; row: CaseRow }> {
  return deps.db.transaction(async (tx) => {
    const locked = await lockCaseForEvent(tx, cmd.caseId);
    if (!locked) throw caseNotFound();
    const c = locked.row;
    const relation = await relationToCase(tx, actor, c);
    if (!relation.canView) throw caseNotFound();
    if (cmd.expectedVersion !== undefined && cmd.expectedVersion !== c.version) {
      throw new AppError(409, 'CASE_CHANGED', '案件已被他人更新（例如另一位立案员已处理），请刷新后查看最新状态。', 'Someone else changed this case meanwhile (e.g. another clerk decided it); refresh to see its current state.', { currentVersion: c.version, node: c.node });
    }
    const type = caseTypeOf(c.caseType);
    const ev = eventFor(type, cmd.event, c.node);
    const role = actingRole(cmd.event, ev.by, relation);
    validateInput(ev.input, cmd.input);
    const now = deps.clock.now();
    const today = deps.clock.today();
    runGuards(ev, { case: caseSnapshot(c, locked, relation), input: cmd.input, actorRole: role, today, now: now.toISOString(), timeZone: deps.config.timeZone });

    // Effects share the case row in memory, patched as they write it, instead of reading it back from the database.
    let row = c;
    const updateCase = async (patch: CasePatch) => {
      await updateCaseRow(tx, c.id, patch);
      row = { ...row, ...patch };
    };
    const effects: Record<string, unknown> = {};
    const ctx = { tx, deps, actor, actorRole: role, actorPartyIds: relation.partyIds, event: cmd.event, case: c, current: () => row, updateCase, input: cmd.input, today, now };
    for (const kind of ev.effects ?? []) Object.assign(effects, await engine.effects[kind](ctx));
    const after = nodeAfter(ev, c.node);
    await updateCase({ node: after, version: c.version + 1, updatedAt: now, ...(after !== c.node ? { nodeEnteredAt: now } : {}) });
    for (const follow of engine.followers) Object.assign(effects, await follow({ ...ctx, effects }));
    const seq = await appendCaseEvent(tx, {
      caseId: c.id,
      event: cmd.event,
      actorId: actor.userId,
      actorRole: role,
      nodeBefore: c.node,
      nodeAfter: after,
      payload: { input: cmd.input, ...effects },
      at: now,
    });
    return { caseId: c.id, seq, row };
  });
}

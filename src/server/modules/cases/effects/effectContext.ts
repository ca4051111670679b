import type { EffectKind } from '../../../../domain/casetypes/defineCaseType';
import type { Role } from '../../../../domain/roles/roles';
import type { Actor } from '../../../access/actor';
import type { Tx } from '../../../db/database';
import type { Deps } from '../../../deps';
import type { CasePatch, CaseRow } from '../caseRecord';

export interface EffectContext {
  tx: Tx;
  deps: Deps;
  actor: Actor;
  actorRole: Role;
  /** The parties of this case the acting user is or represents as agent (none for court staff and mediators). */
  actorPartyIds: readonly number[];
  /** The declared event being applied. */
  event: string;
  /** The case row as locked at the start of the event. */
  case: CaseRow;
  /** The case row as this event has changed it so far: effects write the case only through updateCase. */
  current(): CaseRow;
  updateCase(patch: CasePatch): Promise<void>;
  /** Input already validated against the event's schema. */
  input: any;
  today: string;
  now: Date;
}

/** Performs one effect and returns what the timeline entry should record about it. */
export type EffectHandler = (ctx: EffectContext) => Promise<Record<string, unknown>>;

/**
 * Work another capability does after an event's effects, in the same transaction (e.g. the notices an event
 * produces); what it returns joins the timeline entry. The composition root gives the engine its followers, so the
 * engine imports none of them.
 */
export type CaseEventFollower = (ctx: EffectContext & { effects: Readonly<Record<string, unknown>> }) => Promise<Record<string, unknown>>;

/** What the composition root gives the engine: a handler for every declared effect kind, and the followers. */
export interface CaseEventEngine {
  readonly effects: Readonly<Record<EffectKind, EffectHandler>>;
  readonly followers: readonly CaseEventFollower[];
}

import type { Role } from '../../../../domain/roles/roles';
import type { Actor } from '../../../access/actor';
import type { Tx } from '../../../db/database';
import type { Deps } from '../../../deps';
import type { CaseRow } from '../caseRecord';

export interface EffectContext {
  tx: Tx;
  deps: Deps;
  actor: Actor;
  actorRole: Role;
  /** The declared event being applied. */
  event: string;
  /** The case row as locked at the start of the event (effects see each other's writes through the database). */
  case: CaseRow;
  /** Input already validated against the event's schema. */
  input: any;
  today: string;
  now: Date;
}

/** Performs one effect and returns what the timeline entry should record about it. */
export type EffectHandler = (ctx: EffectContext) => Promise<Record<string, unknown>>;

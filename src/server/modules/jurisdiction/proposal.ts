// The competent-court proposal for a filing: the rules and courts from the database, the decision from the domain.
import { sql } from 'drizzle-orm';
import type { CourtProposal, JurisdictionPlaces } from '../../../contracts/jurisdiction';
import type { CourtLevel } from '../../../domain/casetypes/caseModel';
import { checkChosenCourt, proposeCourt, type FilingFacts, type JurisdictionCourt } from '../../../domain/jurisdiction/proposeCourt';
import type { JurisdictionRule } from '../../../domain/jurisdiction/rules';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';

/** Every version of every rule: the domain picks those in force on the day. */
export async function loadRules(tx: Queryable): Promise<JurisdictionRule[]> {
  const r = await tx.execute<Record<string, unknown>>(sql`
    select key, version, kind, label, source, params, effective_from::text as "effectiveFrom", effective_to::text as "effectiveTo"
      from jurisdiction_rules order by key, version`);
  return r.rows as unknown as JurisdictionRule[];
}

async function loadCourts(tx: Queryable): Promise<JurisdictionCourt[]> {
  const r = await tx.execute<{ id: number; code: string; name: string; level: CourtLevel; divisionCode: string | null }>(sql`
    select id, code, name, level, division_code as "divisionCode" from courts where is_active and level <> 'supreme' order by level, code`);
  return r.rows.map((c) => ({ ...c, id: Number(c.id) }));
}

/** The cause's catalogue keys from its part down to it. */
async function causePathOf(tx: Queryable, causeId: number): Promise<string[]> {
  const r = await tx.execute<{ key: string }>(sql`
    with recursive up as (
      select id, parent_id, key, level from causes where id = ${causeId}
      union all select c.id, c.parent_id, c.key, c.level from causes c join up on c.id = up.parent_id)
    select key from up order by level`);
  if (!r.rows.length) throw new AppError(422, 'CAUSE_UNKNOWN', '所选案由不存在，请从案由目录中重新选择。', 'The cause of action does not exist; pick one from the catalogue.', { field: '/causeId' });
  return r.rows.map((x) => x.key);
}

export interface ProposalInput {
  /** 行初: proposed from `places.administrative` without a cause (ALL arts 14–20). */
  isAdministrative?: boolean;
  causeId: number | null | undefined;
  amountFen: bigint | null;
  places: JurisdictionPlaces;
  chosenCourtId?: number | undefined;
  onDate: string;
}

/** The proposal on `onDate` and, with a chosen court, the warnings about it; `facts` is what the domain decided on. */
export async function proposeFor(tx: Queryable, i: ProposalInput): Promise<{ facts: Record<string, unknown>; proposal: CourtProposal }> {
  if (!i.isAdministrative && !i.causeId) throw new AppError(422, 'CAUSE_REQUIRED', '请选择案由，以便提出管辖建议。', 'Choose the cause of action to get a proposal.', { field: '/causeId' });
  const causePath = i.isAdministrative || !i.causeId ? [] : await causePathOf(tx, i.causeId);
  const [rules, courts] = [await loadRules(tx), await loadCourts(tx)];
  const facts: FilingFacts = {
    causePath,
    amountFen: i.amountFen,
    plaintiffDomiciles: i.places.plaintiffDomiciles,
    defendantDomiciles: i.places.defendantDomiciles,
    performancePlace: i.places.performancePlace ?? null,
    realEstateLocation: i.places.realEstateLocation ?? null,
    isForeignRelated: i.places.isForeignRelated ?? false,
    administrative: i.isAdministrative ? (i.places.administrative ?? {}) : null,
  };
  const p = proposeCourt(facts, rules, courts, i.onDate);
  const chosen = i.chosenCourtId === undefined ? undefined : courts.find((c) => c.id === i.chosenCourtId);
  const warnings = chosen ? checkChosenCourt(p, chosen) : [];
  return {
    facts: { ...facts, amountFen: i.amountFen?.toString() ?? null },
    proposal: {
      onDate: p.onDate,
      courts: p.courts.map((c) => ({ courtId: c.court.id, code: c.court.code, name: c.court.name, level: c.court.level, place: c.place, reasons: [...c.reasons] })),
      missing: [...p.missing],
      warnings: warnings.map((w) => ({ ...w, proposedCourtIds: [...w.proposedCourtIds] })),
    },
  };
}

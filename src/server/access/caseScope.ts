// The cases an actor may see, as one SQL condition on a cases row aliased `k`: the 'mine' case list and the dossier
// search share it, so a party's search can never reach further than their own case list (casePolicy.ts is the
// per-case form of the same rules).
import { sql, type SQL } from 'drizzle-orm';
import { hasRole, isStaff, type Actor } from './actor';

/** Cases a party or lawyer is in: filed, is a party, or represents one. */
export function litigantCasesSql(actor: Actor): SQL {
  // A preservation application is hidden from the respondent's side until the ruling (casePolicy.ts).
  return sql`(k.filed_by = ${actor.userId}
    or exists (select 1 from case_parties p where p.case_id = k.id and p.user_id = ${actor.userId}
                and not (k.case_type = '财保' and k.node in ('submitted', 'registered') and p.standing = 'respondent'))
    or exists (select 1 from case_agents a join case_parties ap on ap.id = a.party_id where a.case_id = k.id and a.user_id = ${actor.userId}
                and not (k.case_type = '财保' and k.node in ('submitted', 'registered') and ap.standing = 'respondent')))`;
}

/** CrPL arts 169, 228: the cases the procurator's procuratorate prosecuted or protested. */
export function procuratorCasesSql(actor: Actor): SQL {
  return sql`k.id = any(array(select k2.case_id from criminal_cases k2 join procuratorate_users u on u.procuratorate_id in (k2.procuratorate_id, k2.protested_by)
                               where u.user_id = ${actor.userId}))`;
}

/** ONLINE-MED arts 10–12: the matters entrusted to the mediator's organisation (the mediator's own among them). */
export function mediatorCasesSql(actor: Actor): SQL {
  return sql`k.id = any(array(select e.case_id from mediation_entrustments e join mediators m on m.organisation_id = e.organisation_id
                               where m.user_id = ${actor.userId} and m.is_active))`;
}

/**
 * Every case the actor may search across: a litigant's own, a procurator's or mediator's scope, a staff member's
 * court. Null for whoever sees no case this way (an agency, an administrator). The same precedence as
 * relationToCase: the litigant roles first, then mediator, agency, procurator, court staff.
 */
export function visibleCasesSql(actor: Actor): SQL | null {
  if (hasRole(actor, 'party', 'lawyer')) return litigantCasesSql(actor);
  if (hasRole(actor, 'mediator')) return mediatorCasesSql(actor);
  if (hasRole(actor, 'agency')) return null;
  if (hasRole(actor, 'procurator')) return procuratorCasesSql(actor);
  if (isStaff(actor)) return sql`k.court_id = ${actor.courtId}`;
  return null;
}

/**
 * The court whose cases' 副卷 the actor sees (seesSecondaryVolume: staff of the case's court), or null: a litigant,
 * mediator, procurator or agency never sees a 副卷, whatever else they hold.
 */
export function secondaryVolumeCourt(actor: Actor): number | null {
  if (hasRole(actor, 'party', 'lawyer', 'mediator', 'agency', 'procurator')) return null;
  return isStaff(actor) ? actor.courtId : null;
}

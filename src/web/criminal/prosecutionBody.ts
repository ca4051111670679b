// The 提起公诉 form's values as the POST /prosecutions body: trimmed, empty optional fields left out, a defendant in
// custody given the interval still running from the day custody began.
import type { Dayjs } from 'dayjs';
import type { ProsecutionInput } from '../../contracts/criminal';

export interface DefendantValues {
  name?: string;
  idNumber?: string;
  birthOn?: Dayjs | null;
  detentionStatus?: string;
  custodyPlace?: string;
  custodyFrom?: Dayjs | null;
  custodyTo?: Dayjs | null;
  chargeIds?: number[];
  pleaMin?: number | null;
  pleaMax?: number | null;
}

export interface ProsecutionValues {
  indictmentId?: number;
  facts?: string;
  evidence?: { name?: string; description?: string }[];
  defendants?: DefendantValues[];
}

const day = (d: Dayjs | null | undefined) => d?.format('YYYY-MM-DD');

export function defendantBody(d: DefendantValues): ProsecutionInput['defendants'][number] {
  const from = day(d.custodyFrom);
  const to = d.detentionStatus === 'detained' ? undefined : day(d.custodyTo);
  return {
    name: (d.name ?? '').trim(),
    idNumber: (d.idNumber ?? '').trim().toUpperCase(),
    birthOn: day(d.birthOn) ?? '',
    detentionStatus: d.detentionStatus as ProsecutionInput['defendants'][number]['detentionStatus'],
    ...(d.custodyPlace?.trim() ? { custodyPlace: d.custodyPlace.trim() } : {}),
    custodyIntervals: from ? [{ from, ...(to ? { to } : {}) }] : [],
    chargeIds: d.chargeIds ?? [],
    ...(d.pleaMin != null || d.pleaMax != null ? { plea: { main: 'fixedTerm' as const, ...(d.pleaMin != null ? { minMonths: d.pleaMin } : {}), ...(d.pleaMax != null ? { maxMonths: d.pleaMax } : {}) } } : {}),
  };
}

/** The evidence list with empty rows left out. */
export function evidenceBody(evidence: ProsecutionValues['evidence']): ProsecutionInput['evidence'] {
  return (evidence ?? []).filter((e) => e.name?.trim()).map((e) => ({ name: e.name!.trim(), ...(e.description?.trim() ? { description: e.description.trim() } : {}) }));
}

export function prosecutionBody(v: ProsecutionValues): ProsecutionInput {
  return {
    indictmentId: v.indictmentId!,
    facts: (v.facts ?? '').trim(),
    evidence: evidenceBody(v.evidence),
    defendants: (v.defendants ?? []).map(defendantBody),
  };
}

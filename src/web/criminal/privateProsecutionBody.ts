// The 自诉 form's values as the POST /private-prosecutions body: the prosecution form's evidence and defendants (no
// 认罪认罚 recommendation in a private prosecution), the ground of CrPL art 210 and the complainant's standing.
import type { PrivateProsecutionInput } from '../../contracts/criminal';
import { defendantBody, evidenceBody, type DefendantValues } from './prosecutionBody';

export interface PrivateProsecutionValues {
  courtId?: number;
  complaintId?: number;
  ground?: PrivateProsecutionInput['ground'];
  authoritiesDecision?: string;
  complainantName?: string;
  complainantIdNumber?: string;
  complainantPhone?: string;
  capacity?: PrivateProsecutionInput['capacity'];
  victimName?: string;
  victimCondition?: 'deceased' | 'incapacitated';
  facts?: string;
  evidence?: { name?: string; description?: string }[];
  defendants?: DefendantValues[];
  willingToMediate?: boolean;
}

export function privateProsecutionBody(v: PrivateProsecutionValues): PrivateProsecutionInput {
  const capacity = v.capacity ?? 'victim';
  return {
    courtId: v.courtId!,
    complaintId: v.complaintId!,
    ground: v.ground ?? 'complaintOnly',
    ...(v.ground === 'authoritiesDeclined' && v.authoritiesDecision?.trim() ? { authoritiesDecision: v.authoritiesDecision.trim() } : {}),
    complainant: {
      name: (v.complainantName ?? '').trim(),
      idNumber: (v.complainantIdNumber ?? '').trim().toUpperCase(),
      ...(v.complainantPhone?.trim() ? { phone: v.complainantPhone.trim() } : {}),
    },
    capacity,
    ...(capacity !== 'victim' && v.victimName?.trim() && v.victimCondition ? { victim: { name: v.victimName.trim(), condition: v.victimCondition } } : {}),
    evidence: evidenceBody(v.evidence),
    facts: (v.facts ?? '').trim(),
    // A 自诉 carries no sentencing recommendation: the plea fields are not shown, and any value is dropped.
    defendants: (v.defendants ?? []).map((d) => {
      const { plea: _plea, ...rest } = defendantBody(d);
      return rest;
    }),
    ...(v.willingToMediate !== undefined ? { willingToMediate: v.willingToMediate } : {}),
  };
}

// The codes a complaint's parties take, typed against the filing contract so a new code cannot be missed silently.
import type { PartyInput } from '../../contracts/cases';

export const FIRST_INSTANCE_STANDINGS = ['plaintiff', 'defendant', 'thirdParty'] as const satisfies readonly PartyInput['standing'][];

export const ID_TYPES = [
  'residentId',
  'passport',
  'hkMacaoPermit',
  'taiwanPermit',
  'foreignPermanentResident',
  'other',
] as const satisfies readonly NonNullable<PartyInput['idType']>[];

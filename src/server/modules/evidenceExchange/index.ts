// The evidence-exchange capability's effect handlers, registered with the case-event engine by the composition root;
// evidenceFindingsOfCase is what the judgment's "facts found" will read.
import type { EffectHandler } from '../cases/effects/effectContext';
import { decideEvidenceExtension, decideLateEvidence, exchangeEvidence, recordEvidenceFinding, requestEvidenceExtension } from './evidenceEffects';

export const EVIDENCE_EFFECT_HANDLERS = { exchangeEvidence, decideLateEvidence, recordEvidenceFinding, requestEvidenceExtension, decideEvidenceExtension } satisfies Record<string, EffectHandler>;
export { evidenceFindingsOfCase } from './evidenceFindings';

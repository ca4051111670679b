// The capabilities that contribute lines to a hearing transcript's first draft (the evidence list, the disputed
// elements of the claims…): part of the composition root, so the hearings module imports none of them. A module
// adds itself here with a TranscriptSkeletonSource (src/server/modules/hearings/skeletonSources.ts).
import { elementTranscriptLines } from './modules/elements/transcriptLines';
import { evidenceTranscriptLines } from './modules/evidenceExchange/transcriptLines';
import type { TranscriptSkeletonSource } from './modules/hearings/routes';

export const TRANSCRIPT_SKELETON_SOURCES: readonly TranscriptSkeletonSource[] = [
  { name: 'evidenceExchange', contribute: evidenceTranscriptLines },
  { name: 'elements', contribute: elementTranscriptLines },
];

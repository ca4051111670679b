// What other capabilities do after a case event, in its transaction. Part of the composition root (with app.ts and
// jobKinds.ts): the case-event engine is given this list and imports none of these modules.
import type { CaseEventFollower } from './modules/cases/effects/effectContext';
import { generateEventNotices } from './modules/documents/eventNotices';

export const CASE_EVENT_FOLLOWERS: readonly CaseEventFollower[] = [generateEventNotices];

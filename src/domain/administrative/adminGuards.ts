// Guards of the administrative events: each asks the rule in this folder.
import type { Static } from 'typebox';
import { refuse } from '../errors/domainError';
import type { Guard } from '../casetypes/defineCaseType';
import type { AcceptAdminFirstInstanceInput, AdminCloseInput, RecordAdminHearingInput } from '../casetypes/administrativeInputs';
import { checkOrganAppearance } from './organDefence';
import { checkAdminSimpleProcedure } from './simpleProcedure';

// ALL art 82: the simple procedure only on one of its grounds.
export const adminSimpleProcedureAllowed: Guard<Static<typeof AcceptAdminFirstInstanceInput>> = ({ case: c, input }) => {
  if (input.procedure === 'simple') checkAdminSimpleProcedure({ ground: input.simpleGround, amountFen: c.amountFen ?? null });
  else if (input.simpleGround) {
    refuse('ADMIN_SIMPLE_GROUND_UNEXPECTED', 'invalid', '适用普通程序时无需填写简易程序依据。', 'A simple-procedure ground only applies to the simple procedure.');
  }
};

// ALL art 3: the hearing record says who appeared for the organ.
export const organAppearanceRecorded: Guard<Static<typeof RecordAdminHearingInput>> = ({ input }) => checkOrganAppearance(input.organAppearance);

// ALL arts 69–78: a judgment names its kind; other closings have none.
export const judgmentNamesItsKind: Guard<Static<typeof AdminCloseInput>> = ({ input }) => {
  if (input.method === 'judgment' && !input.judgmentKind) {
    refuse('ADMIN_JUDGMENT_KIND_REQUIRED', 'invalid', '以判决结案时请选择判决种类（《行政诉讼法》第六十九条至第七十八条）。', 'Choose the kind of judgment (ALL arts 69–78).');
  }
  if (input.method !== 'judgment' && input.judgmentKind) {
    refuse('ADMIN_JUDGMENT_KIND_UNEXPECTED', 'invalid', '只有以判决结案时才需要选择判决种类。', 'A judgment kind only applies when the case closes by judgment.');
  }
};

// 移送管辖 (CPL-2023 art 37; ALL art 22), 提级 / 下放 (CPL-2023 art 39; ALL art 24), 指定管辖 (CPL-2023 art 38; ALL art 23)
// and 跨域立案 forwarding as events of the first instance. All move the case by one mechanism (the transferJurisdiction
// effect): closed here, a new case at the receiving court that registers it under its own number, no second fee.
import Type from 'typebox';
import type { Static } from 'typebox';
import { refuse } from '../errors/domainError';
import { event, type Guard } from '../casetypes/defineCaseType';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });

/** 移送管辖 closes the case here with this result; the receiving court registers it anew. */
export const TRANSFER_CLOSING_METHOD = 'transfer';
export const TRANSFER_CLOSING_LABEL = { 'zh-CN': '移送', en: 'Transferred' };

export const TransferJurisdictionInput = Type.Object(
  {
    receivingCourtId: id,
    reason: Type.String({ minLength: 1, maxLength: 2000, description: '移送理由（本院无管辖权的依据）' }),
  },
  { additionalProperties: false },
);

const decisionNumber = Type.String({ minLength: 1, maxLength: 100, description: '上级法院决定（批准）的文书号' });

export const ElevateJurisdictionInput = Type.Object(
  {
    receivingCourtId: id,
    /** up: the higher court tries the case (提级); down: a higher court hands its own case to a lower one (下放). */
    direction: Type.Enum(['up', 'down']),
    decisionNumber,
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const DESIGNATION_GROUNDS = ['cannotExercise', 'dispute', 'transferredNotCompetent'] as const;
export const DesignateJurisdictionInput = Type.Object(
  {
    receivingCourtId: id,
    /** The higher court that designated (for a dispute: the common higher court). */
    designatingCourtId: id,
    ground: Type.Enum([...DESIGNATION_GROUNDS]),
    decisionNumber,
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const ForwardFilingInput = Type.Object(
  {
    identityChecked: Type.Literal(true, { description: '已核验当事人身份' }),
    materialsChecked: Type.Literal(true, { description: '已核对起诉材料' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

// CPL-2023 art 37: the court a case was transferred to may not transfer it on; it asks the higher court to designate.
export const noOnwardTransfer: Guard<Static<typeof TransferJurisdictionInput>> = ({ case: c }) => {
  if (c.isTransferredIn) {
    refuse(
      'TRANSFER_ONWARD_FORBIDDEN',
      'conflict',
      '本案系他院移送而来，受移送的法院不得再自行移送；认为本院无管辖权的，应报请上级人民法院指定管辖（《民事诉讼法》第三十七条）。',
      'This case was transferred here: the receiving court may not transfer it on; it asks the higher court to designate the court (CPL art 37).',
    );
  }
};

// CPL-2023 art 39 para 1: only a higher court hands a case down, with its own higher court's approval; ALL art 24 knows
// no hand-down for administrative cases, and a basic court has no lower court, a high court no higher one that tries it.
export const elevationFits: Guard<Static<typeof ElevateJurisdictionInput>> = ({ case: c, input }) => {
  if (input.direction === 'down' && c.caseType.startsWith('行')) {
    refuse('JURISDICTION_HAND_DOWN_NOT_ADMINISTRATIVE', 'conflict', '行政案件没有下放审理的规定：上级法院可以审理下级法院管辖的第一审行政案件，下级法院可以报请上级法院审理（《行政诉讼法》第二十四条）。', 'Administrative cases are not handed down: a higher court may take a lower court’s case, or the lower court may ask it to (ALL art 24).', { field: '/direction' });
  }
  if (input.direction === 'down' && c.courtLevel === 'basic') {
    refuse('JURISDICTION_NO_LOWER_COURT', 'conflict', '基层人民法院没有下级法院，不能下放审理（《民事诉讼法》第三十九条）。', 'A basic court has no lower court to hand a case to (CPL art 39).', { field: '/direction' });
  }
  if (input.direction === 'up' && (c.courtLevel === 'high' || c.courtLevel === 'supreme')) {
    refuse('JURISDICTION_NO_HIGHER_TRIAL_COURT', 'conflict', '本院的上级法院为最高人民法院，提级审理请报请最高人民法院决定，系统不在此办理。', 'The higher court is the Supreme People’s Court; that is decided there, not recorded here.', { field: '/direction' });
  }
};

// CPL-2023 art 37 / ALL art 22: a court a case was transferred to asks the higher court to designate, and that ground
// is for such a case only.
export const designationFits: Guard<Static<typeof DesignateJurisdictionInput>> = ({ case: c, input }) => {
  if (input.ground === 'transferredNotCompetent' && !c.isTransferredIn) {
    refuse('DESIGNATION_GROUND_NOT_TRANSFERRED', 'conflict', '本案不是他院移送的案件，不能以“受移送法院认为无管辖权”为由指定管辖（《民事诉讼法》第三十七条）。', 'This case was not transferred here; that ground is for a transferred case (CPL art 37).', { field: '/ground' });
  }
};

const REGISTERED = ['accepted', 'assigned', 'hearingScheduled', 'heard'] as const;

export const transferEvents = {
  transferJurisdiction: event({
    label: { 'zh-CN': '移送管辖', en: 'Transfer to the competent court' },
    from: [...REGISTERED],
    to: 'closed',
    by: ['judge', 'filingClerk'],
    input: TransferJurisdictionInput,
    guards: [noOnwardTransfer],
    effects: ['transferJurisdiction'],
  }),
  // CPL-2023 art 39; ALL art 24: the court holding the file records the higher court's decision and sends the case.
  elevateJurisdiction: event({
    label: { 'zh-CN': '管辖权转移（提级或下放）', en: 'Move the case up or down a level' },
    from: [...REGISTERED],
    to: 'closed',
    by: ['judge', 'filingClerk'],
    input: ElevateJurisdictionInput,
    guards: [elevationFits],
    effects: ['transferJurisdiction'],
  }),
  // CPL-2023 art 38; ALL art 23: a higher court designates the court (also the remedy of CPL-2023 art 37 para 2).
  designateJurisdiction: event({
    label: { 'zh-CN': '指定管辖', en: 'Designated court' },
    from: [...REGISTERED],
    to: 'closed',
    by: ['judge', 'filingClerk'],
    input: DesignateJurisdictionInput,
    guards: [designationFits],
    effects: ['transferJurisdiction'],
  }),
};

/** 跨域立案: the assisting court's filing clerk checks identity and materials and forwards the filing in one step. */
export const crossRegionEvents = {
  forwardFiling: event({
    label: { 'zh-CN': '跨域立案：核验并转交管辖法院', en: 'Cross-region filing: checked and forwarded' },
    from: ['crossRegionReceived'],
    to: 'submitted',
    by: ['filingClerk'],
    input: ForwardFilingInput,
    effects: ['forwardFiling'],
  }),
};

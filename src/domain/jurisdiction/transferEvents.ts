// 移送管辖 (CPL-2023 art 37) and 跨域立案 forwarding as events of the civil first instance.
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

// The public fee calculator (the kind and amounts of a case or application → the fee with its breakdown), and the
// province's amounts within the Measures' ranges, which an administrator sets.
import { ErrorBody } from '../../../contracts/common';
import { FeeCalcRequest, FeeCalcResponse, FeeScheduleSettings } from '../../../contracts/payments';
import { checkFeeScheduleSettings } from '../../../domain/courtFees/feeSettings';
import { requireActor } from '../../http/authenticate';
import { calculateFee, type FeeReduction } from '../../../domain/courtFees/calculateFee';
import { DomainError } from '../../../domain/errors/domainError';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { App } from '../../http/types';
import { loadFeeScheduleSettings, saveFeeScheduleSettings } from './feeSettings';

export function feeCalcRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/calc/fee',
    {
      config: { access: 'public' },
      schema: {
        tags: ['payments'],
        summary: '诉讼费计算器（公开）Public court fee calculator',
        description: 'Request {"kind":"property","amount":"150000"}, optional "reduction" (simple | mediation | withdrawal), "counterclaim", "propertyAmount" (divorce), "damages" (personality), "exchangeRate"; response {"total":"3300.00","breakdown":[…]}.',
        body: FeeCalcRequest,
        response: { 200: FeeCalcResponse, 400: ErrorBody },
      },
    },
    async (req) => {
      const settings = await loadFeeScheduleSettings(deps.db);
      try {
        return calculateFee({ ...req.body, reduction: req.body.reduction as FeeReduction | undefined }, settings);
      } catch (e) {
        // The calculator's refusals are about the request itself: 400, as outside checks expect.
        if (e instanceof DomainError && e.kind === 'invalid') throw new AppError(400, e.code, e.messages['zh-CN'], e.messages.en);
        throw e;
      }
    },
  );

  app.get(
    '/api/v1/admin/settings/fees',
    { config: { access: ['admin'] }, schema: { tags: ['admin'], summary: '诉讼费标准（本省）Fee amounts set by the province', response: { 200: FeeScheduleSettings, 401: ErrorBody, 403: ErrorBody } } },
    async () => loadFeeScheduleSettings(deps.db),
  );

  app.put(
    '/api/v1/admin/settings/fees',
    { config: { access: ['admin'] }, schema: { tags: ['admin'], summary: '修改诉讼费标准 Change the province fee amounts (within the ranges of FEE arts 13–14)', body: FeeScheduleSettings, response: { 200: FeeScheduleSettings, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 422: ErrorBody } } },
    async (req) => {
      checkFeeScheduleSettings(req.body);
      await deps.db.transaction((tx) => saveFeeScheduleSettings(tx, req.body, requireActor(req).userId));
      return loadFeeScheduleSettings(deps.db);
    },
  );
}

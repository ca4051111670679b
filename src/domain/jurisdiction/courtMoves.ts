// Which court may receive a case moved between courts, from the courts' places in the hierarchy (parent chains):
// 提级 to a higher court, 下放 to a lower one, 指定 by a higher court of both.
import { refuse } from '../errors/domainError';

export type CourtMove =
  | { kind: 'transfer' }
  | { kind: 'elevate'; direction: 'up' | 'down' }
  | { kind: 'designate'; designatingCourtId: number; ground: 'cannotExercise' | 'dispute' | 'transferredNotCompetent' };

/** A court with the ids of every court above it (its parent, its parent's parent, …). */
export interface CourtInHierarchy {
  readonly id: number;
  readonly ancestorIds: readonly number[];
}

export function checkCourtMove(move: CourtMove, from: CourtInHierarchy, to: CourtInHierarchy): void {
  if (move.kind === 'elevate' && move.direction === 'up' && !from.ancestorIds.includes(to.id)) {
    // CPL-2023 art 39 para 1; ALL art 24 para 1: a higher court (上级) of this one tries the case.
    refuse('JURISDICTION_NOT_HIGHER_COURT', 'invalid', '提级审理的法院应为本院的上级人民法院（《民事诉讼法》第三十九条；《行政诉讼法》第二十四条）。', 'The court that takes the case must be a higher court of this one (CPL art 39; ALL art 24).', { field: '/receivingCourtId' });
  }
  if (move.kind === 'elevate' && move.direction === 'down' && !to.ancestorIds.includes(from.id)) {
    // CPL-2023 art 39 para 1: handed to a lower court (下级) of this one.
    refuse('JURISDICTION_NOT_LOWER_COURT', 'invalid', '下放审理的法院应为本院的下级人民法院（《民事诉讼法》第三十九条）。', 'The case is handed to a lower court of this one (CPL art 39).', { field: '/receivingCourtId' });
  }
  if (move.kind === 'designate' && !(from.ancestorIds.includes(move.designatingCourtId) && to.ancestorIds.includes(move.designatingCourtId))) {
    // CPL-2023 art 38; ALL art 23: designated by a higher court — for a dispute, the common higher court of both.
    refuse('DESIGNATING_COURT_NOT_COMMON_HIGHER', 'invalid', '指定管辖的法院应为本院和被指定法院的共同上级人民法院（《民事诉讼法》第三十八条；《行政诉讼法》第二十三条）。', 'The designating court must be a higher court of both this court and the designated one (CPL art 38; ALL art 23).', { field: '/designatingCourtId' });
  }
}

/** How the move is told on the closed case and on the new one. */
export function moveLabel(move: CourtMove, toName: string): { 'zh-CN': string; en: string } {
  if (move.kind === 'elevate') return move.direction === 'up' ? { 'zh-CN': `提级由${toName}审理`, en: `Taken up by ${toName}` } : { 'zh-CN': `交${toName}审理`, en: `Handed down to ${toName}` };
  if (move.kind === 'designate') return { 'zh-CN': `指定${toName}管辖`, en: `Designated to ${toName}` };
  return { 'zh-CN': `移送${toName}`, en: `Transferred to ${toName}` };
}

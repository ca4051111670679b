// 庭审 routes: the calendar, booking checks, rooms and settings (calendarRoutes.ts); the record (transcriptRoutes.ts).
import type { Deps } from '../../deps';
import type { App } from '../../http/types';
import { hearingCalendarRoutes } from './calendarRoutes';
import type { TranscriptSkeletonSource } from './skeletonSources';
import { transcriptRoutes } from './transcriptRoutes';

export type { TranscriptSkeletonSource } from './skeletonSources';

export function hearingRoutes(app: App, deps: Deps, skeletonSources: readonly TranscriptSkeletonSource[]) {
  hearingCalendarRoutes(app, deps);
  transcriptRoutes(app, deps, skeletonSources);
}

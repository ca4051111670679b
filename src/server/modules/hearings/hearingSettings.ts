// Hearing settings ([U]: set them before going live): the online provider's link template, the court's working
// window for the out-of-hours warning, and the size limit of a hearing's recording.
import { DEFAULT_WORKING_HOURS, type WorkingHours } from '../../../domain/hearings/hearingSlots';
import { DEFAULT_MEETING_LINK_TEMPLATE } from '../../../domain/hearings/meetingLink';
import type { Queryable, Tx } from '../../db/database';
import { settingsRow, writeSettingsRow } from '../../db/settingsRows';

export interface HearingSettings {
  /** https URL with {{hearingId}}, {{roomCode}}, … (src/domain/hearings/meetingLink.ts). */
  meetingLinkTemplate: string;
  workingHours: WorkingHours;
  /** [U] no rule: 2 GiB covers a day's compressed video. */
  recordingMaxBytes: number;
}

export const DEFAULT_HEARING_SETTINGS: HearingSettings = {
  meetingLinkTemplate: DEFAULT_MEETING_LINK_TEMPLATE,
  workingHours: DEFAULT_WORKING_HOURS,
  recordingMaxBytes: 2 * 1024 * 1024 * 1024,
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export async function loadHearingSettings(q: Queryable): Promise<HearingSettings> {
  const stored: Partial<HearingSettings> = (await settingsRow(q, 'hearings'))?.value ?? {};
  const hours = stored.workingHours && HHMM.test(stored.workingHours.startsAt) && HHMM.test(stored.workingHours.endsAt) ? stored.workingHours : DEFAULT_WORKING_HOURS;
  return {
    meetingLinkTemplate: typeof stored.meetingLinkTemplate === 'string' ? stored.meetingLinkTemplate : DEFAULT_HEARING_SETTINGS.meetingLinkTemplate,
    workingHours: hours,
    recordingMaxBytes: Number.isInteger(stored.recordingMaxBytes) && stored.recordingMaxBytes! > 0 ? stored.recordingMaxBytes! : DEFAULT_HEARING_SETTINGS.recordingMaxBytes,
  };
}

export async function saveHearingSettings(tx: Tx, value: HearingSettings, actorId: number): Promise<void> {
  await writeSettingsRow(tx, 'hearings', value as unknown as Record<string, unknown>, actorId);
}

// Settings of 证据交换与质证 ([U]: rules.md is silent on both; set them before going live).
import { DEFAULT_CROSS_EXAMINATION_DAYS } from '../../../domain/evidence/crossExamination';
import type { Queryable } from '../../db/database';
import { settingsRow } from '../../db/settingsRows';

export interface EvidenceSettings {
  /** [U] days the other sides have for written cross-examination opinions after an exchange (1–30, default 7). */
  crossExaminationDays: number;
  /** [U] the most days one extension of the 举证期限 may add (1–90, default 30). */
  maxExtensionDays: number;
}

export const DEFAULT_EVIDENCE_SETTINGS: EvidenceSettings = { crossExaminationDays: DEFAULT_CROSS_EXAMINATION_DAYS, maxExtensionDays: 30 };

const within = (v: unknown, min: number, max: number, fallback: number) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : fallback);

export async function loadEvidenceSettings(q: Queryable): Promise<EvidenceSettings> {
  const stored: Partial<EvidenceSettings> = (await settingsRow(q, 'evidenceExchange'))?.value ?? {};
  return {
    crossExaminationDays: within(stored.crossExaminationDays, 1, 30, DEFAULT_EVIDENCE_SETTINGS.crossExaminationDays),
    maxExtensionDays: within(stored.maxExtensionDays, 1, 90, DEFAULT_EVIDENCE_SETTINGS.maxExtensionDays),
  };
}

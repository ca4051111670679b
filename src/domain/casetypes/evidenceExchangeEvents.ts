// 证据交换与质证 on civil cases (民初, 民终): the court organises the exchange, decides on late evidence and on
// extension applications, and records its finding on each item; the parties apply for extensions. The parties'
// written cross-examination opinions are plain writes of the evidenceExchange module (editable until the deadline).
import type { BilingualMessage } from '../errors/domainError';
import { event } from './defineCaseType';
import { ApplyEvidenceExtensionInput, DecideEvidenceExtensionInput, DecideLateEvidenceInput, ExchangeEvidenceInput, RecordEvidenceFindingInput } from './evidenceExchangeInputs';
import { actsForTheParty } from './pleadingEvents';
import type { TrialNode } from './trialEvents';

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const REGISTERED_OPEN: TrialNode[] = ['accepted', 'assigned', 'hearingScheduled', 'heard'];
const ON_PANEL: TrialNode[] = ['assigned', 'hearingScheduled', 'heard'];

export const evidenceExchangeEvents = {
  // [U] rules.md §2.3 is silent on how the exchange is organised: the judge or the assistant releases the evidence.
  exchangeEvidence: event({
    label: label('组织证据交换', 'Exchange the evidence'),
    from: ON_PANEL,
    to: null,
    by: ['judge', 'judgeAssistant'],
    input: ExchangeEvidenceInput,
    effects: ['exchangeEvidence'],
  }),
  // CPL-2023 art 68: late evidence is admitted, admitted with an admonition or fine, or excluded.
  decideLateEvidence: event({
    label: label('处理逾期证据', 'Decide on late evidence'),
    from: ON_PANEL,
    to: null,
    by: ['judge'],
    input: DecideLateEvidenceInput,
    effects: ['decideLateEvidence'],
  }),
  // [U] CPL-Interp arts 104–105 (审核认定证据) are not in rules.md.
  recordEvidenceFinding: event({
    label: label('证据认证', 'Record a finding on evidence'),
    from: ON_PANEL,
    to: null,
    by: ['judge'],
    input: RecordEvidenceFindingInput,
    effects: ['recordEvidenceFinding'],
  }),
  // CPL-Interp art 100: a written application before the evidence period expires.
  applyEvidenceExtension: event({
    label: label('申请延长举证期限', 'Apply to extend the evidence period'),
    from: REGISTERED_OPEN,
    to: null,
    by: ['party', 'lawyer'],
    input: ApplyEvidenceExtensionInput,
    guards: [actsForTheParty],
    effects: ['requestEvidenceExtension'],
  }),
  // CPL-Interp art 100: a granted extension applies to every party.
  decideEvidenceExtension: event({
    label: label('决定延长举证期限', 'Decide on an evidence-period extension'),
    from: REGISTERED_OPEN,
    to: null,
    by: ['judge'],
    input: DecideEvidenceExtensionInput,
    effects: ['decideEvidenceExtension'],
  }),
};

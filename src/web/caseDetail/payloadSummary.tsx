// A compact reading of a timeline entry's payload: the facts a reader looks for (number, reason, judge, method…).
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { MEDIATION_END_GROUND_LABELS } from '../../domain/mediation/termination';
import { formatInstantRange } from '../format/dates';
import { shortHash } from '../format/sizes';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { CLOSING_METHOD_LABELS, labelOf, ORGANIZATION_KEYS, PROCEDURE_LABELS, RULING_KIND_LABELS } from '../i18n/vocabulary';

type Payload = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : []);

/** Effect results win over the raw input they were computed from. */
function flatten(payload: Payload): Payload {
  const input = payload.input && typeof payload.input === 'object' ? (payload.input as Payload) : {};
  const { input: _input, ...effects } = payload;
  return { ...input, ...effects };
}

export function PayloadSummary({ payload }: { payload: Payload }) {
  const { t, pick } = useI18n();
  const p = flatten(payload);
  const rows: [MessageKey, ReactNode][] = [];
  const add = (key: MessageKey, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '') rows.push([key, value]);
  };

  add('payload.caseNumber', str(p.caseNumber));
  add('payload.originCaseNumber', str(p.originCaseNumber));
  add('payload.appealCourt', str(p.appealCourtName));
  if (str(p.from) && str(p.to)) add('payload.procedureChange', `${pick(labelOf(PROCEDURE_LABELS, str(p.from)))} → ${pick(labelOf(PROCEDURE_LABELS, str(p.to)))}`);
  else add('payload.procedure', str(p.procedure) && pick(labelOf(PROCEDURE_LABELS, str(p.procedure))));
  add('payload.mode', p.mode === 'manual' ? t('assign.manual') : p.mode === 'random' ? t('assign.random') : null);
  add('payload.organization', str(p.organization) && ORGANIZATION_KEYS[p.organization as string] ? t(ORGANIZATION_KEYS[p.organization as string]!) : null);
  add('payload.judge', str(p.judgeName));
  const members = Array.isArray(p.members) ? p.members.map((m) => (m as { name?: string }).name).filter(Boolean) : [];
  add('payload.members', members.join('、'));
  if (str(p.startsAt) && str(p.endsAt)) add('payload.hearingTime', formatInstantRange(p.startsAt as string, p.endsAt as string));
  add('payload.room', str(p.roomName));
  const method = str(p.method);
  // Closing events carry a closing method; service events a service method.
  if (method && method in CLOSING_METHOD_LABELS) add('payload.method', pick(labelOf(CLOSING_METHOD_LABELS, method)));
  else if (method) add('service.method', t(`serviceMethod.${method}` as MessageKey));
  add('service.document', str(p.document) && t(`serviceDocument.${str(p.document)}` as MessageKey));
  add('service.recipient', str(p.party));
  add('service.deemedOn', str(p.deemedOn));
  add('service.periodDue', str(p.periodDueOn));
  add('payload.rulingKind', str(p.rulingKind) && pick(labelOf(RULING_KIND_LABELS, str(p.rulingKind))));
  add('payload.closedOn', str(p.closedOn));
  add('payload.reviewDueOn', str(p.reviewDueOn));
  add('payload.archivedOn', str(p.archivedOn));
  add('payload.identityChecked', p.identityChecked === true ? t('crossRegion.identityCheckedShown') : null);
  add('payload.decisionNumber', str(p.decisionNumber));
  add('payload.courtMove', str(p.told));
  const items = strings(p.items);
  if (items.length)
    add(
      'payload.items',
      <ol style={{ margin: 0, paddingInlineStart: 18 }}>
        {items.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ol>,
    );
  const evidence = Array.isArray(p.items) ? (p.items as Payload[]).filter((x) => x && typeof x === 'object') : [];
  if (evidence.length)
    add(
      'payload.evidenceItems',
      <ol style={{ margin: 0, paddingInlineStart: 18 }}>
        {evidence.map((x, i) => (
          <li key={i}>{t('payload.evidenceItem', { name: String(x.name ?? ''), source: String(x.source ?? ''), pages: String(x.pages ?? ''), purpose: String(x.purpose ?? '') })}</li>
        ))}
      </ol>,
    );
  add('payload.late', p.isLate === true ? str(p.lateReason) : null);
  add('payload.claims', strings(p.claims).join('；'));
  add('payload.appealedAmount', str(p.appealedAmount));
  add('payload.fee', str(p.fee));
  add('payload.feeDueOn', str(p.feeDueOn));
  add('payload.description', str(p.description));
  add('payload.reason', str(p.reason));
  add('payload.basis', str(p.basis));
  add('payload.reasons', str(p.reasons));
  add('payload.requests', strings(p.requests).join('；'));
  add('payload.summary', str(p.summary));
  add('payload.note', str(p.note));
  // 诉前调解: the filer's answer, the matter opened, its periods, the agreement signed and how it ended.
  add('payload.mediationConsent', typeof p.mediationConsent === 'boolean' ? t(p.mediationConsent ? 'filing.mediationAccept' : 'filing.mediationRefuse') : null);
  add('payload.mediationCaseNumber', str(p.mediationCaseNumber));
  add('payload.chosenByParties', p.chosenByParties === true ? t('mediationForm.chosenByParties') : null);
  add('payload.confirmationDueOn', str(p.confirmationDueOn));
  add('payload.designationDueOn', str(p.designationDueOn));
  add('payload.extendedByDays', typeof p.extendedByDays === 'number' ? String(p.extendedByDays) : null);
  add('payload.mediationDueOn', str(p.mediationDueOn));
  add('payload.agreed', p.agreed === true ? t('mediationForm.chosenByParties') : null);
  add('payload.subject', str(p.subject));
  add('payload.dueOnAfter', str(p.dueOnAfter));
  add('payload.terms', strings(p.terms).join('；'));
  add('payload.performance', str(p.performance));
  // A signature's hash is the agreement's (signAgreement records it with the time signed).
  const agreementSha = str(p.agreementSha256) ?? (str(p.signedAt) ? str(p.sha256) : null);
  add('payload.sha256', agreementSha && shortHash(agreementSha));
  add('payload.ground', str(p.ground) && pick(labelOf(MEDIATION_END_GROUND_LABELS, str(p.ground))));

  if (!rows.length) return null;
  return (
    <div style={{ fontSize: 13, marginTop: 4 }}>
      {rows.map(([key, value]) => (
        <div key={key}>
          <Typography.Text type="secondary">{t(key)}{t('common.labelSep')}</Typography.Text>
          {value}
        </div>
      ))}
    </div>
  );
}

// 案件信息: cause, amount, claims, facts, the dates of the procedure, and any correction notice or rejection.
import { Alert, Descriptions, Typography } from 'antd';
import type { CaseDetail } from '../../contracts/cases';
import { formatInstant } from '../format/dates';
import { AdministrativeActCard } from './AdministrativeActCard';
import { useI18n } from '../i18n/i18n';
import { CLOSING_METHOD_LABELS, labelOf, RULING_KIND_LABELS } from '../i18n/vocabulary';
import { TRANSFER_CLOSING_LABEL, TRANSFER_CLOSING_METHOD } from '../../domain/jurisdiction/transferEvents';

export function CorrectionNotice({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const c = detail.correction;
  if (!c) return null;
  const prominent = detail.node === 'correctionRequested';
  return (
    <Alert
      type={prominent ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="correction-notice"
      title={t('case.correctionTitle', { date: c.requestedOn })}
      description={
        <>
          <ol style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {c.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
          {c.note && <Typography.Text type="secondary">{c.note}</Typography.Text>}
        </>
      }
    />
  );
}

export function CaseInfoTab({ detail: d }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <>
      {/* While a correction is pending the page shows the notice above everything; afterwards it stays here. */}
      {d.node !== 'correctionRequested' && <CorrectionNotice detail={d} />}
      {d.rejection && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('case.rejectionTitle', { date: d.rejection.rejectedOn })}
          description={
            <>
              <div>{d.rejection.reason}</div>
              {d.rejection.basis && <Typography.Text type="secondary">{t('case.rejectionBasis', { basis: d.rejection.basis })}</Typography.Text>}
            </>
          }
        />
      )}
      <AdministrativeActCard detail={d} />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'cause', label: t('case.cause'), span: 2, children: dash(d.causePath ?? d.causeName) },
          { key: 'amount', label: t('filing.amount'), children: d.amount ? `${d.amount} ${t('common.yuan')}` : '—' },
          { key: 'filedAt', label: t('case.filedAt'), children: formatInstant(d.filedAt) },
          { key: 'receivedOn', label: t('case.receivedOn'), children: d.receivedOn },
          { key: 'reviewDueOn', label: t('case.reviewDueOn'), children: dash(d.reviewDueOn) },
          { key: 'acceptedOn', label: t('case.acceptedOn'), children: dash(d.acceptedOn) },
          { key: 'closedOn', label: t('case.closedOn'), children: dash(d.closedOn) },
          { key: 'closingMethod', label: t('case.closingMethod'), children: d.closingMethod ? pick(labelOf({ ...CLOSING_METHOD_LABELS, [TRANSFER_CLOSING_METHOD]: TRANSFER_CLOSING_LABEL }, d.closingMethod)) : '—' },
          { key: 'rulingKind', label: t('case.rulingKind'), children: d.rulingKind ? pick(labelOf(RULING_KIND_LABELS, d.rulingKind)) : '—' },
          { key: 'archivedOn', label: t('case.archivedOn'), span: 'filled', children: dash(d.archivedOn) },
          { key: 'closingSummary', label: t('case.closingSummary'), span: 2, children: dash(d.closingSummary) },
          {
            key: 'claims',
            label: t('filing.claims'),
            span: 2,
            children: (
              <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="case-claims">
                {d.claims.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ol>
            ),
          },
          { key: 'facts', label: t('filing.facts'), span: 2, children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{d.facts}</Typography.Paragraph> },
        ]}
      />
    </>
  );
}

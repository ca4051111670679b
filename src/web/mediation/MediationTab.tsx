// 调解: a 民诉前调 matter's entrustment (organisation, mediator, when designated, accepted or declined), its agreement
// with the SHA-256 each party signed, how it ended, and the thread of messages between the mediator and the parties.
// Lists rather than tables, so it reads on a phone too.
import { FileOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Empty, List, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseDetail } from '../../contracts/cases';
import type { MediationRecord } from '../../contracts/mediation';
import { useApiGet } from '../api/useApiGet';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { MessageThreadPanel } from '../messages/MessageThreadPanel';

export const MEDIATION_CASE_TYPE = '民诉前调';
/** The mediation matters worked on this tab: 民诉前调 and 执前调 (the same declaration under its own code). */
export const MEDIATION_CASE_TYPES = [MEDIATION_CASE_TYPE, '执前调'];

export function MediationTab({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  // The version changes with every event: the record is read again after each.
  const record = useApiGet<MediationRecord>(`/cases/${detail.id}/mediation?v=${detail.version}`, { keepPreviousData: true });
  const r = record.data;
  if (!r) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  return (
    <div data-testid="mediation-record">
      <Entrustment record={r} />
      {r.sessions.length > 0 && <Sessions sessions={r.sessions} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('mediation.agreement')}
      </Typography.Title>
      {r.agreement ? (
        <div data-testid="mediation-agreement" style={{ marginBottom: 16 }}>
          <a href={`/api/v1/attachments/${r.agreement.attachmentId}/content`} target="_blank" rel="noreferrer">
            <FileOutlined /> {r.agreement.fileName}
          </a>
          <div>
            <Typography.Text type="secondary">SHA-256 </Typography.Text>
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {r.agreement.sha256}
            </Typography.Text>
          </div>
        </div>
      ) : (
        <Typography.Paragraph type="secondary">{t('mediation.noAgreement')}</Typography.Paragraph>
      )}
      {r.agreement && <Signatures signatures={r.signatures} />}
      <MessageThreadPanel caseId={detail.id} thread="mediation" />
    </div>
  );
}

/** Each session: when, where or the meeting link, and its record once held. */
function Sessions({ sessions }: { sessions: MediationRecord['sessions'] }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('mediationTab.sessions')}
      </Typography.Title>
      <List
        size="small"
        data-testid="mediation-sessions"
        dataSource={sessions}
        renderItem={(s) => (
          <List.Item>
            <div>
              <Tag color={s.status === 'held' ? 'green' : 'blue'}>{t(s.status === 'held' ? 'mediationTab.sessionHeld' : 'mediationTab.sessionScheduled')}</Tag>
              {formatInstant(s.startsAt)}
              {s.endsAt ? ` – ${formatInstant(s.endsAt, 'HH:mm')}` : ''}
              {'　'}
              {s.meetingUrl ? (
                <a href={s.meetingUrl} target="_blank" rel="noreferrer">
                  {t('mediationTab.meetingLink')}
                </a>
              ) : (
                s.place
              )}
              {s.record && <Typography.Paragraph style={{ marginTop: 4, marginBottom: 0, whiteSpace: 'pre-wrap' }}>{s.record}</Typography.Paragraph>}
            </div>
          </List.Item>
        )}
      />
    </>
  );
}

function Entrustment({ record }: { record: MediationRecord }) {
  const { t, pick } = useI18n();
  const narrow = useNarrowScreen();
  const e = record.entrustment;
  if (!e) return <Empty description={t('mediation.notEntrusted')} />;
  const at = (v: string | null) => (v ? formatInstant(v) : '—');
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={narrow ? 'vertical' : 'horizontal'}
      data-testid="mediation-entrustment"
      items={[
        { key: 'organisation', label: t('mediation.organisation'), children: e.organisationName },
        { key: 'mediator', label: t('mediation.mediator'), children: e.mediatorName ?? t('mediation.mediatorByOrganisation') },
        { key: 'designated', label: t('mediation.designatedAt'), children: at(e.designatedAt) },
        { key: 'confirmed', label: t('mediation.confirmedAt'), children: at(e.confirmedAt) },
        ...(e.declinedAt ? [{ key: 'declined', label: t('mediation.declinedAt'), children: at(e.declinedAt) }] : []),
        ...(e.endGround ? [{ key: 'ground', label: t('mediation.endGround'), children: pick(e.endGroundLabel) }] : []),
        ...(e.endedOn ? [{ key: 'ended', label: t('mediation.endedOn'), children: e.endedOn }] : []),
      ]}
    />
  );
}

function Signatures({ signatures }: { signatures: MediationRecord['signatures'] }) {
  const { t } = useI18n();
  return (
    <List
      bordered
      size="small"
      header={<Typography.Text strong>{t('mediation.signatures')}</Typography.Text>}
      dataSource={signatures}
      data-testid="mediation-signatures"
      renderItem={(s) => (
        <List.Item data-testid="mediation-signature">
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
            <span>{s.partyName}</span>
            {s.signedAt ? <Tag color="green">{t('mediation.signed')}</Tag> : <Tag>{t('mediation.unsigned')}</Tag>}
            {s.signedAt && <Typography.Text type="secondary">{t('mediation.signedAtBy', { at: formatInstant(s.signedAt), by: s.signedBy ?? '—' })}</Typography.Text>}
            {/* Signed on paper before the mediator, who filed the scan. */}
            {s.method === 'inPerson' && (
              <>
                <Tag>{t('mediation.signedInPerson')}</Tag>
                {s.signedCopyId !== null && (
                  <a href={`/api/v1/attachments/${s.signedCopyId}/content`} target="_blank" rel="noreferrer">
                    {t('mediation.signedCopy')}
                  </a>
                )}
              </>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}

/** On a complaint waiting in mediation: where its dispute is being mediated. */
export function FilingInMediationNotice({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  if (detail.node !== 'inMediation') return null;
  const matter = detail.continuations.find((c) => MEDIATION_CASE_TYPES.includes(c.caseType));
  if (!matter) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="filing-in-mediation"
      title={
        <>
          {t('mediation.filingInMediation')}
          <Link to={`/cases/${matter.id}`}>{matter.caseNumber ?? matter.id}</Link>
        </>
      }
    />
  );
}

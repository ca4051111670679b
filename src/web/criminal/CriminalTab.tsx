// The criminal facts of a 刑初 / 刑终 case: each defendant with charges, detention, counsel and, after judgment, the
// sentence and its dates (custody credited, CrL arts 41, 44, 47).
import { Descriptions, Empty, Space, Tag } from 'antd';
import type { CaseDetail } from '../../contracts/cases';
import type { CriminalFacts } from '../../contracts/criminal';
import { DETENTION_STATUS_LABELS, type DetentionStatus } from '../../domain/criminal/defendants';
import { LEGAL_AID_GROUND_LABELS, type LegalAidGround } from '../../domain/criminal/legalAid';
import { MAIN_PUNISHMENT_LABELS, type MainPunishment } from '../../domain/criminal/sentence';
import type { SentenceDates } from '../../domain/criminal/termDates';
import { fenToYuan } from '../../domain/money/yuan';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';

export const CRIMINAL_CASE_TYPES = ['刑初', '刑终'];

type Defendant = CriminalFacts['defendants'][number];

function SentenceLine({ d }: { d: Defendant }) {
  const { t, pick } = useI18n();
  const v = d.verdict;
  if (!v) return null;
  if (v.outcome === 'acquitted') return <Tag color="green">{t('criminal.acquitted')}</Tag>;
  const s = v.sentence;
  const dates = d.sentenceDates as SentenceDates | null;
  const parts = [
    s ? pick(MAIN_PUNISHMENT_LABELS[s.main as MainPunishment]) + (s.term ? ` ${s.term.months}${t('criminal.months')}` : '') : '',
    s?.fineFen ? `${t('criminal.fine')} ${fenToYuan(BigInt(s.fineFen))}` : '',
  ].filter(Boolean);
  return (
    <Space direction="vertical" size={2}>
      <span data-testid="sentence">{parts.join('，')}</span>
      {dates?.term && (dates.term.endOn ? <span data-testid="term-dates">{t('criminal.termLine', { start: dates.term.startOn, end: dates.term.endOn, days: dates.term.custodyDays, credited: dates.term.creditedDays })}</span> : <span>{t('criminal.servedByCustody')}</span>)}
      {dates?.probation && <span>{t('criminal.probationLine', { start: dates.probation.startOn, end: dates.probation.endOn })}</span>}
    </Space>
  );
}

function DefendantCard({ d }: { d: Defendant }) {
  const { t, pick } = useI18n();
  const custody = d.custodyIntervals.map((i) => `${i.from} — ${i.to ?? ''}`).join('；');
  return (
    <Descriptions bordered size="small" column={1} title={<Space>{d.name}{d.isJuvenile && <Tag color="orange">{t('criminal.juvenile')}</Tag>}</Space>} style={{ marginBottom: 16 }} data-testid="defendant">
      {d.birthOn && <Descriptions.Item label={t('criminal.birthOn')}>{d.birthOn}</Descriptions.Item>}
      <Descriptions.Item label={t('criminal.detention')}>{pick(DETENTION_STATUS_LABELS[d.detentionStatus as DetentionStatus])}{d.custodyPlace ? `（${d.custodyPlace}）` : ''}</Descriptions.Item>
      {custody && <Descriptions.Item label={t('criminal.custody')}>{custody}</Descriptions.Item>}
      <Descriptions.Item label={t('criminal.charges')}>{d.charges.map((c) => <Tag key={c.id}>{c.name}</Tag>)}</Descriptions.Item>
      {d.legalAidGrounds.length > 0 && <Descriptions.Item label={t('criminal.legalAid')}>{d.legalAidGrounds.map((g) => pick(LEGAL_AID_GROUND_LABELS[g as LegalAidGround])).join('；')}</Descriptions.Item>}
      {d.counsel.length > 0 && <Descriptions.Item label={t('criminal.counsel')}>{(d.counsel as { name: string; lawFirm?: string | null }[]).map((c) => c.name + (c.lawFirm ? `（${c.lawFirm}）` : '')).join('；')}</Descriptions.Item>}
      {d.plea && <Descriptions.Item label={t('criminal.plea')}>{pick(MAIN_PUNISHMENT_LABELS[d.plea.main as MainPunishment])} {d.plea.minMonths ?? ''}–{d.plea.maxMonths ?? ''}{t('criminal.months')}</Descriptions.Item>}
      {d.verdict && <Descriptions.Item label={t('criminal.verdict')}><SentenceLine d={d} /></Descriptions.Item>}
    </Descriptions>
  );
}

export function CriminalTab({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const facts = useApiGet<CriminalFacts>(`/cases/${detail.id}/criminal`);
  if (!facts.data) return facts.loading ? null : <Empty />;
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        {facts.data.procuratorate && <Descriptions.Item label={t('criminal.procuratorate')}>{facts.data.procuratorate}</Descriptions.Item>}
        {facts.data.protestedBy && <Descriptions.Item label={t('criminal.protestedBy')}>{facts.data.protestedBy}</Descriptions.Item>}
      </Descriptions>
      {facts.data.defendants.map((d) => (
        <DefendantCard key={d.partyId} d={d} />
      ))}
    </>
  );
}

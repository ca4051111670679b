// 案件详情: header with actions, the case's facts in tabs, and its timeline alongside.
import { Button, Card, Col, Collapse, Empty, Result, Row, Spin, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseDetail, TimelineEntry } from '../../contracts/cases';
import type { CaseClock } from '../../contracts/clock';
import type { CaseFees } from '../../contracts/payments';
import { useApiGet } from '../api/useApiGet';
import { CaseClockCard } from '../clock/CaseClockCard';
import { CaseFeesCard } from '../finance/CaseFeesCard';
import { CaseServiceTab } from '../service/CaseServiceTab';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { FilingInMediationNotice, MEDIATION_CASE_TYPES, MediationTab } from '../mediation/MediationTab';
import { ApplyExecutionButton } from '../execution/ApplyExecution';
import { EXECUTION_CASE_TYPES, ExecutionTab } from '../execution/ExecutionTab';
import { CRIMINAL_CASE_TYPES, CriminalTab } from '../criminal/CriminalTab';
import { ApplyRetrialButton } from '../specialProcedures/ApplyRetrial';
import { SPECIAL_CASE_TYPES, SpecialProcedureTab } from '../specialProcedures/SpecialProcedureTab';
import { DossierTab } from '../dossier/DossierTab';
import type { CaseElementsResponse } from '../../contracts/elements';
import { useElementText } from '../elements/elementMessages';
import { ElementsTab } from '../elements/ElementsTab';
import { useDossierText } from '../dossier/dossierMessages';
import { AttachmentsTab } from './AttachmentsTab';
import { CaseHeader } from './CaseHeader';
import { CaseInfoTab, CorrectionNotice } from './CaseInfoTab';
import { EventActions } from './EventActions';
import { EvidenceTab } from './EvidenceTab';
import { evidenceRows } from './evidenceRows';
import { HearingsTab } from './HearingsTab';
import { LinkedCasesTab } from './LinkedCasesTab';
import { PartiesTab } from './PartiesTab';
import { TimelineCard } from './TimelineCard';

export function CaseDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const dossierTabLabel = useDossierText()('dossier.tab');
  const caseId = Number(id);
  const valid = Number.isInteger(caseId) && caseId > 0;
  const detail = useApiGet<CaseDetail>(valid ? `/cases/${caseId}` : null);
  const timeline = useApiGet<TimelineEntry[]>(valid ? `/cases/${caseId}/timeline` : null);
  // Cases still under filing review have no clock of their own yet beyond the review period, which the server includes.
  const clock = useApiGet<CaseClock>(valid ? `/cases/${caseId}/clock` : null, { quiet: true });
  const fees = useApiGet<CaseFees>(valid ? `/cases/${caseId}/fees` : null, { quiet: true });
  const elements = useApiGet<CaseElementsResponse>(valid ? `/cases/${caseId}/elements` : null, { quiet: true });
  const te = useElementText();
  const narrow = useNarrowScreen();
  const d = detail.data;

  if (!valid || (!d && detail.error)) {
    return (
      <Result
        status="404"
        title={t('case.notFound')}
        subTitle={detail.error?.message}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  if (!d) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }

  const reloadAll = () => {
    detail.reload();
    timeline.reload();
    clock.reload();
    fees.reload();
    elements.reload();
  };
  const count = (n: number) => (n ? ` (${n})` : '');

  return (
    <div data-testid="case-detail" data-case-id={d.id} data-node={d.node}>
      <CaseHeader
        detail={d}
        actions={
          <>
            <ApplyExecutionButton detail={d} timeline={timeline.data} />
            <ApplyRetrialButton detail={d} />
            <EventActions
              detail={d}
              onReload={reloadAll}
              onChanged={(updated) => {
                detail.setData(updated);
                timeline.reload();
                clock.reload();
                fees.reload();
                elements.reload();
              }}
            />
          </>
        }
      />
      {d.node === 'correctionRequested' && <CorrectionNotice detail={d} />}
      <FilingInMediationNotice detail={d} />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <CaseClockCard clock={clock} />
          {/* Six tabs do not fit a phone's width: there the same sections fold open one under the other. */}
          <CaseSections
            narrow={narrow}
            items={[
                { key: 'info', label: t('case.tabInfo'), children: <CaseInfoTab detail={d} /> },
                ...(MEDIATION_CASE_TYPES.includes(d.caseType) ? [{ key: 'mediation', label: t('mediation.tab'), children: <MediationTab detail={d} /> }] : []),
                ...(EXECUTION_CASE_TYPES.includes(d.caseType) ? [{ key: 'execution', label: t('execution.tab'), children: <ExecutionTab detail={d} /> }] : []),
                ...(CRIMINAL_CASE_TYPES.includes(d.caseType) ? [{ key: 'criminal', label: t('criminal.panel'), children: <CriminalTab detail={d} /> }] : []),
                ...(SPECIAL_CASE_TYPES.includes(d.caseType) ? [{ key: 'special', label: t('special.tab'), children: <SpecialProcedureTab detail={d} /> }] : []),
                ...(elements.data?.elements ? [{ key: 'elements', label: te('elements.tab'), children: <ElementsTab elements={elements.data.elements} caseId={d.id} /> }] : []),
                { key: 'parties', label: t('case.tabParties') + count(d.parties.length), children: <PartiesTab parties={d.parties} /> },
                { key: 'dossier', label: dossierTabLabel, children: <DossierTab caseId={d.id} onChanged={reloadAll} /> },
                { key: 'materials', label: t('case.tabMaterials') + count(d.attachments.length), children: d.attachments.length ? <AttachmentsTab attachments={d.attachments} /> : <Empty description={t('case.noMaterials')} /> },
                { key: 'evidence', label: t('case.tabEvidence') + count(evidenceRows(timeline.data ?? []).length), children: <EvidenceTab detail={d} entries={timeline.data} attachments={d.attachments} onChanged={reloadAll} /> },
                // The filer confirms its addresses with the filing; documents are served once the case is registered.
                { key: 'service', label: t('case.tabService'), children: <CaseServiceTab detail={d} onChanged={reloadAll} /> },
                { key: 'hearings', label: t('case.tabHearings') + count(d.hearings.length), children: d.hearings.length ? <HearingsTab detail={d} /> : <Empty description={t('case.noHearings')} /> },
                { key: 'linked', label: t('case.tabLinked') + count((d.origin ? 1 : 0) + d.continuations.length), children: <LinkedCasesTab caseType={d.caseType} origin={d.origin} continuations={d.continuations} /> },
              ]}
          />
        </Col>
        <Col xs={24} xl={9}>
          <CaseFeesCard fees={fees} />
          <TimelineCard caseId={d.id} entries={timeline.data} loading={timeline.loading} />
        </Col>
      </Row>
    </div>
  );
}

function CaseSections({ narrow, items }: { narrow: boolean; items: { key: string; label: string; children: ReactNode }[] }) {
  if (narrow) return <Collapse defaultActiveKey={['info']} items={items} style={{ marginBottom: 16 }} data-testid="case-sections" />;
  return (
    <Card>
      <Tabs items={items} />
    </Card>
  );
}

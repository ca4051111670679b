// The case lists of each role: thin settings over the one CaseTable.
import { FileAddOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { Link } from 'react-router';
import { CaseTable } from '../cases/CaseTable';
import { useI18n } from '../i18n/i18n';

export function MyCasesPage() {
  const { t } = useI18n();
  return (
    <CaseTable
      view="mine"
      nodeFilter="all"
      title={t('menu.myCases')}
      extra={
        <Space wrap>
          <Link to="/filings/new">
            <Button type="primary" icon={<FileAddOutlined />}>
              {t('menu.newFiling')}
            </Button>
          </Link>
          <Link to="/execution/external">
            <Button>{t('externalExecution.menu')}</Button>
          </Link>
          <Link to="/preservation/new">
            <Button>{t('preservation.menu')}</Button>
          </Link>
          <Link to="/payment-orders/new">
            <Button>{t('paymentOrder.menu')}</Button>
          </Link>
        </Space>
      }
    />
  );
}

export function FilingQueuePage() {
  const { t } = useI18n();
  return (
    <CaseTable
      view="filingQueue"
      nodeFilter={['submitted', 'correctionRequested']}
      defaultNode="submitted"
      withFilingReview
      title={t('menu.filingQueue')}
      extra={
        <Link to="/execution/external">
          <Button>{t('externalExecution.menu')}</Button>
        </Link>
      }
    />
  );
}

export function AssignmentQueuePage() {
  const { t } = useI18n();
  return <CaseTable view="assignmentQueue" title={t('menu.assignmentQueue')} />;
}

export function TeamCasesPage() {
  const { t } = useI18n();
  return <CaseTable view="mine" nodeFilter="all" title={t('menu.teamCases')} />;
}

export function CourtCasesPage() {
  const { t } = useI18n();
  return <CaseTable view="court" nodeFilter="all" title={t('menu.courtCases')} />;
}

export function MyMediationsPage() {
  const { t } = useI18n();
  return <CaseTable view="mine" nodeFilter="all" title={t('menu.myMediations')} />;
}

// The frame of the public tools (no login): title, links to the other tools and to login, and the tool's caveat.
import { Alert, Card, Col, Empty, Layout, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';

const TOOLS: { path: string; label: MessageKey }[] = [
  { path: '/tools/period', label: 'menu.periodCalculator' },
  { path: '/tools/fee', label: 'feeCalc.title' },
  { path: '/notices', label: 'notices.title' },
  { path: '/dishonest-debtors', label: 'credit.publicTitle' },
  { path: '/verify', label: 'verify.title' },
];

export function PublicToolLayout({ path, intro, children }: { path: string; intro: string; children: ReactNode }) {
  const { t } = useI18n();
  const current = TOOLS.find((x) => x.path === path);
  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Layout.Header style={{ background: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0', padding: '0 24px' }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('app.name')}
          {current && ` · ${t(current.label)}`}
        </Typography.Text>
        <span>
          <LanguageSwitch />
          {TOOLS.filter((x) => x.path !== path).map((x) => (
            <Link key={x.path} to={x.path} style={{ marginInlineStart: 16 }}>
              {t(x.label)}
            </Link>
          ))}
          <Link to="/login" style={{ marginInlineStart: 16 }}>
            {t('login.title')}
          </Link>
        </span>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Alert type="info" showIcon title={intro} style={{ marginBottom: 16 }} />
        {children}
      </Layout.Content>
    </Layout>
  );
}

/** A calculator's two columns: its form, and its answer (the server's refusal, or nothing yet). */
export function CalculatorColumns({ form, result, error, testId }: { form: ReactNode; result: ReactNode; error: string | null; testId: string }) {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card>{form}</Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('calc.result')} data-testid={testId}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          {result ?? (!error && <Empty description={t('calc.empty')} />)}
        </Card>
      </Col>
    </Row>
  );
}

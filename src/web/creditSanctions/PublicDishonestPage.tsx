// 失信被执行人名单 (public, no login; DISHONEST art 7): the entries in effect today — name, masked ID number, case,
// court, ground, term — searched by name, case number or court. A list of cards, so that it reads at 390 px.
import { Button, Card, Col, Empty, Form, Input, List, Pagination, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PublicToolLayout } from '../layout/PublicToolLayout';
import { usePagedList } from '../lists/usePagedList';
import { useI18n, type Bilingual } from '../i18n/i18n';

interface PublicListing {
  name: string;
  maskedIdNumber: string | null;
  caseNumber: string | null;
  courtName: string;
  ground: Bilingual;
  termYears: number | null;
  listedOn: string;
  expiresOn: string | null;
}

type Search = { name?: string; caseNumber?: string; court?: string };

export function PublicDishonestPage() {
  const { t, pick } = useI18n();
  const [search, setSearch] = useState<Search>({});
  const paged = usePagedList<PublicListing>('/public/dishonest-debtors', search, 10);
  const items = paged.list.data?.items ?? [];
  const submit = (v: Search) => {
    paged.resetPage();
    setSearch(Object.fromEntries(Object.entries(v).filter(([, x]) => x?.trim())) as Search);
  };
  return (
    <PublicToolLayout path="/dishonest-debtors" intro={t('credit.publicIntro')}>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={submit} data-testid="dishonest-search">
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="name" label={t('credit.searchName')}>
                <Input allowClear maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="caseNumber" label={t('credit.searchCase')}>
                <Input allowClear maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="court" label={t('credit.searchCourt')}>
                <Input allowClear maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" block>
            {t('credit.search')}
          </Button>
        </Form>
      </Card>
      <Card title={t('credit.publicTitle')} loading={paged.list.loading && !paged.list.data} data-testid="dishonest-debtors">
        {items.length === 0 ? (
          <Empty description={t('credit.publicEmpty')} />
        ) : (
          <List
            itemLayout="vertical"
            dataSource={items}
            renderItem={(l, i) => (
              <List.Item key={`${l.caseNumber}-${i}`} data-testid="dishonest-debtor">
                <Space wrap style={{ marginBottom: 4 }}>
                  <Typography.Text strong>{l.name}</Typography.Text>
                  {l.maskedIdNumber && <Typography.Text code>{l.maskedIdNumber}</Typography.Text>}
                </Space>
                <div style={{ overflowWrap: 'anywhere' }}>
                  <Typography.Text type="secondary">{l.courtName} · {l.caseNumber}</Typography.Text>
                </div>
                <div style={{ marginTop: 4 }}>
                  <Tag style={{ whiteSpace: 'normal' }}>{pick(l.ground)}</Tag>
                </div>
                <Typography.Text type="secondary">
                  {t('credit.listedOn')}：{l.listedOn} · {t('credit.term')}：{l.termYears === null ? t('credit.noFixedTerm') : t('credit.termYears', { years: l.termYears })}
                  {l.expiresOn && ` · ${t('credit.expiresOn')}：${l.expiresOn}`}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
        {(paged.list.data?.total ?? 0) > 10 && <Pagination style={{ marginTop: 16 }} simple {...paged.pagination} showSizeChanger={false} />}
      </Card>
    </PublicToolLayout>
  );
}

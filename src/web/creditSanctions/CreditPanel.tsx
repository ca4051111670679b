// 失信与限消 on the case's 执行 tab: the officer proposes a restriction order or a listing (the server refuses an
// excluded one, naming the exclusion), the 院长 signs, the officer lifts an order or records a deletion ground and
// deletes; statuses, terms and the deletion deadline on the clock. The server decides who may do what.
import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import type { Correction, Listing, Restriction } from '../../contracts/creditSanctions';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { LISTING_STATUS_COLOR } from './CreditSanctionsPage';
import { MyCorrections } from './MyCorrections';

const ITEMS = ['travel', 'hotels', 'realEstate', 'premises', 'vehicles', 'holidays', 'privateSchools', 'insurance', 'trains', 'other'];
const GROUNDS = [1, 2, 3, 4, 5, 6];
const DELETION_GROUNDS = ['performed', 'settlementPerformed', 'applicantRequest', 'negativeRequeries', 'suspendedRetrialOrBankruptcy', 'notEnforced', 'terminated', 'corrected'];
const GROUND_LABELS: Record<number, string> = { 1: '有履行能力而拒不履行', 2: '以伪造证据、暴力、威胁等方法妨碍、抗拒执行', 3: '以虚假诉讼、虚假仲裁或隐匿、转移财产等方法规避执行', 4: '违反财产报告制度', 5: '违反限制消费令', 6: '无正当理由拒不履行执行和解协议' };
const DELETION_LABELS: Record<string, string> = { performed: '已履行或执行完毕', settlementPerformed: '执行和解协议履行完毕', applicantRequest: '申请执行人申请删除，法院同意', negativeRequeries: '终本后两次以上查询无财产', suspendedRetrialOrBankruptcy: '因审判监督或破产程序中止执行', notEnforced: '裁定不予执行', terminated: '裁定终结执行', corrected: '经纠正不应纳入' };

type CaseCredit = { restrictions: Restriction[]; listings: Listing[]; corrections: Correction[]; graceDays: number };
type Dialog = null | 'restriction' | 'listing' | { deleteListing: Listing; recordOnly: boolean };

export function CreditPanel({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const credit = useApiGet<CaseCredit>(`/cases/${detail.id}/credit?v=${detail.version}`, { keepPreviousData: true });
  const { busy, run } = useAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const staff = !!user && ['judge', 'president'].some((r) => user.roles.includes(r as 'judge'));
  const president = !!user?.roles.includes('president');
  const debtors = detail.parties.filter((p) => p.standing === 'executionDebtor');
  const act = (f: () => Promise<unknown>) => run(f).then((ok) => ok && credit.reload());
  const status = (s: string) => <Tag color={LISTING_STATUS_COLOR[s]}>{t(`credit.status.${s}` as MessageKey)}</Tag>;

  const restrictionColumns: ColumnsType<Restriction> = [
    { title: t('credit.debtor'), dataIndex: 'partyName' },
    { title: t('credit.items'), key: 'items', render: (_, r) => (r.items.length === ITEMS.length ? t('credit.allItems') : r.itemLabels.map((l) => pick(l)).join('；')) },
    { title: t('credit.until'), key: 'until', render: (_, r) => r.untilOn ?? '—' },
    { title: t('credit.status'), key: 'status', render: (_, r) => status(r.status) },
    {
      key: 'actions',
      render: (_, r) => (
        <Space wrap>
          {president && r.status === 'proposed' && <Button size="small" type="primary" loading={busy} onClick={() => act(() => api.post(`/credit/restrictions/${r.id}/decision`, { approve: true }))}>{t('credit.sign')}</Button>}
          {staff && r.status === 'signed' && (
            <Select size="small" placeholder={t('credit.lift')} style={{ width: 140 }} options={['guarantee', 'applicantConsent', 'performed'].map((x) => ({ value: x, label: t(`credit.liftReason.${x}` as MessageKey) }))} onChange={(reason) => act(() => api.post(`/credit/restrictions/${r.id}/lift`, { reason }))} />
          )}
        </Space>
      ),
    },
  ];
  const listingColumns: ColumnsType<Listing> = [
    { title: t('credit.debtor'), dataIndex: 'partyName' },
    { title: t('credit.ground'), key: 'ground', render: (_, l) => pick(l.groundLabel) },
    { title: t('credit.term'), key: 'term', render: (_, l) => (l.termYears === null ? t('credit.noFixedTerm') : t('credit.termYears', { years: l.termYears })) },
    { title: t('credit.listedOn'), key: 'on', render: (_, l) => [l.effectiveOn, l.expiresOn].filter(Boolean).join(' → ') || '—' },
    {
      title: t('credit.status'),
      key: 'status',
      render: (_, l) => (
        <Space direction="vertical" size={0}>
          {status(l.status)}
          {l.deletionGroundLabel && <Typography.Text type="secondary">{pick(l.deletionGroundLabel)}</Typography.Text>}
          {l.deletionDueOn && l.status !== 'deleted' && <Tag color="volcano">{t('credit.deleteBy', { date: l.deletionDueOn })}</Tag>}
        </Space>
      ),
    },
    {
      key: 'actions',
      render: (_, l) => (
        <Space wrap>
          {president && l.status === 'proposed' && <Button size="small" type="primary" loading={busy} onClick={() => act(() => api.post(`/credit/listings/${l.id}/decision`, { approve: true }))}>{t('credit.sign')}</Button>}
          {staff && (l.status === 'listed' || l.status === 'forewarned') && !l.deletionGround && <Button size="small" onClick={() => setDialog({ deleteListing: l, recordOnly: true })}>{t('credit.recordGround')}</Button>}
          {staff && (l.status === 'listed' || l.status === 'forewarned') && <Button size="small" danger onClick={() => setDialog({ deleteListing: l, recordOnly: false })}>{t('credit.delete')}</Button>}
        </Space>
      ),
    },
  ];

  const submit = async () => {
    const v = await form.validateFields();
    const date = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');
    const ok = await run(async () => {
      if (dialog === 'restriction') {
        const persons = String(v.persons ?? '').split('\n').map((line: string) => line.trim()).filter(Boolean).map((line: string) => ({ role: 'legalRepresentative', name: line }));
        await api.post(`/cases/${detail.id}/credit/restrictions`, { partyId: v.partyId, items: v.items ?? [], persons, untilOn: date(v.untilOn) ?? null });
      } else if (dialog === 'listing') {
        await api.post(`/cases/${detail.id}/credit/listings`, { partyId: v.partyId, ground: v.ground, initiative: v.initiative, aggravationYears: v.aggravationYears ?? 0, facts: v.facts, forewarn: !!v.forewarn, ...(v.birthDate ? { birthDate: date(v.birthDate) } : {}), adequateGuarantee: !!v.adequateGuarantee, seizedPropertySufficient: !!v.seizedPropertySufficient });
      } else if (dialog) {
        await api.post(`/credit/listings/${dialog.deleteListing.id}/${dialog.recordOnly ? 'deletion-ground' : 'delete'}`, { ground: v.ground, ...(v.on ? { on: date(v.on) } : {}) });
      }
    });
    if (ok) {
      setDialog(null);
      form.resetFields();
      credit.reload();
    }
  };
  const c = credit.data;
  return (
    <Card title={t('credit.panel')} size="small" style={{ marginBottom: 16 }} data-testid="credit-panel" loading={!c}
      extra={staff && <Space wrap><Button size="small" onClick={() => setDialog('restriction')}>{t('credit.proposeRestriction')}</Button><Button size="small" onClick={() => setDialog('listing')}>{t('credit.proposeListing')}</Button></Space>}>
      {c && !staff && <MyCorrections detail={detail} listings={c.listings} corrections={c.corrections} onChanged={credit.reload} />}
      <Typography.Title level={5}>{t('credit.restrictions')}</Typography.Title>
      <Table rowKey="id" size="small" pagination={false} scroll={{ x: 'max-content' }} dataSource={c?.restrictions ?? []} columns={restrictionColumns} locale={{ emptyText: t('credit.empty') }} data-testid="credit-restrictions" />
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('credit.listings')}</Typography.Title>
      <Table rowKey="id" size="small" pagination={false} scroll={{ x: 'max-content' }} dataSource={c?.listings ?? []} columns={listingColumns} locale={{ emptyText: t('credit.empty') }} data-testid="credit-listings-case" />
      <Modal open={dialog !== null} title={dialog === 'restriction' ? t('credit.proposeRestriction') : dialog === 'listing' ? t('credit.proposeListing') : t('credit.deletionGround')} onOk={submit} confirmLoading={busy} onCancel={() => setDialog(null)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ initiative: 'exOfficio', ground: dialog && typeof dialog === 'object' ? 'performed' : 2 }}>
          {(dialog === 'restriction' || dialog === 'listing') && (
            <Form.Item name="partyId" label={t('credit.debtor')} rules={[{ required: true }]}>
              <Select options={debtors.map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          )}
          {dialog === 'restriction' && (
            <>
              <Form.Item name="items" label={t('credit.items')} extra={t('credit.allItems')}>
                <Checkbox.Group options={ITEMS.map((i) => ({ value: i, label: t(`credit.item.${i}` as MessageKey) }))} />
              </Form.Item>
              <Form.Item name="persons" label={t('credit.persons')}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item name="untilOn" label={t('credit.until')}>
                <DatePicker />
              </Form.Item>
            </>
          )}
          {dialog === 'listing' && (
            <>
              <Form.Item name="ground" label={t('credit.ground')} rules={[{ required: true }]}>
                <Select options={GROUNDS.map((g) => ({ value: g, label: `（${g}）${GROUND_LABELS[g]}` }))} />
              </Form.Item>
              <Form.Item name="initiative" label={t('credit.initiative')}>
                <Radio.Group options={['application', 'exOfficio'].map((x) => ({ value: x, label: t(`credit.initiative.${x}` as MessageKey) }))} />
              </Form.Item>
              <Form.Item name="aggravationYears" label={t('credit.aggravation')}>
                <InputNumber min={0} max={3} />
              </Form.Item>
              <Form.Item name="facts" label={t('credit.facts')} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Form.Item name="forewarn" valuePropName="checked">
                <Checkbox>{t('credit.forewarn', { days: c?.graceDays ?? 0 })}</Checkbox>
              </Form.Item>
              <Form.Item name="birthDate" label={t('credit.birthDate')}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="adequateGuarantee" valuePropName="checked">
                <Checkbox>{t('credit.guarantee')}</Checkbox>
              </Form.Item>
              <Form.Item name="seizedPropertySufficient" valuePropName="checked">
                <Checkbox>{t('credit.seized')}</Checkbox>
              </Form.Item>
            </>
          )}
          {dialog && typeof dialog === 'object' && (
            <>
              <Form.Item name="ground" label={t('credit.deletionGround')} rules={[{ required: true }]}>
                <Select options={DELETION_GROUNDS.map((g) => ({ value: g, label: DELETION_LABELS[g] }))} />
              </Form.Item>
              <Form.Item name="on" label={t('credit.groundOn')}>
                <DatePicker />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}

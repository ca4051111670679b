// Step 5 of filing: everything entered, for a last look before submitting.
import { Card, Descriptions, Table, Typography } from 'antd';
import { ElementReview } from '../elements/ElementReview';
import type { Court } from '../../contracts/reference';
import { formatFileSize, shortHash } from '../format/sizes';
import { useI18n } from '../i18n/i18n';
import { ID_TYPE_KEYS, PARTY_KIND_KEYS, STANDING_LABELS } from '../i18n/vocabulary';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CardLine } from '../lists/CardList';
import { materialFiles, type FilingFormValues, type FilerRole, type PartyFormValue } from './filingForm';

export function FilingReview({ values, courts, filerRole }: { values: FilingFormValues; courts: Court[] | undefined; filerRole: FilerRole }) {
  const { t, pick } = useI18n();
  const court = courts?.find((c) => c.id === values.courtId);
  const files = materialFiles(values).filter((f) => f.status === 'done' && f.response);
  const claims = values.claims.filter((c) => c?.trim());
  const narrow = useNarrowScreen();
  // On a phone the labels stand above their values, and each party is a card.
  const look = narrow ? ({ layout: 'vertical' } as const) : ({ styles: { label: { width: 160 } } } as const);
  const identity = (p: PartyFormValue) => (p.kind === 'person' ? (p.idNumber ? `${t(ID_TYPE_KEYS[p.idType ?? 'residentId'])} ${p.idNumber}` : '—') : p.creditCode || '—');
  const isMarked = (p: PartyFormValue) => (filerRole === 'party' ? p.isSelf : filerRole === 'lawyer' ? p.isClient : false);
  const markLabel = filerRole === 'party' ? t('filing.isSelf') : t('filing.isClient');

  return (
    <div data-testid="filing-review">
      <Descriptions bordered size="small" column={1} {...look}
        items={[
          { key: 'court', label: t('filing.court'), children: court ? `${court.name}（${court.code}）` : '—' },
          values.caseType === '行初'
            ? { key: 'act', label: t('admin.act'), children: [values.administrativeAct?.name, values.administrativeAct?.documentNumber].filter(Boolean).join(' ') || '—' }
            : { key: 'cause', label: t('filing.cause'), children: values.causeId?.label ?? '—' },
          { key: 'amount', label: t('filing.amount'), children: values.amount?.trim() ? `${values.amount} ${t('common.yuan')}` : '—' },
          {
            key: 'claims',
            label: t('filing.claims'),
            children: (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {claims.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ol>
            ),
          },
          { key: 'facts', label: t('filing.facts'), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{values.facts}</Typography.Paragraph> },
        ]}
      />
      {values.caseType !== '行初' && <ElementReview values={values} />}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('case.tabParties')}
      </Typography.Title>
      {narrow ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {values.parties.map((p, i) => (
            <Card key={i} size="small" title={`${pick(STANDING_LABELS[p.standing])}：${p.name ?? ''}`} extra={isMarked(p) ? markLabel : null} styles={{ title: { whiteSpace: 'normal' } }}>
              <CardLine label={t('party.kind')}>{t(PARTY_KIND_KEYS[p.kind])}</CardLine>
              <CardLine label={t('party.identity')}>{identity(p)}</CardLine>
              <CardLine label={t('party.phone')}>{p.phone || '—'}</CardLine>
            </Card>
          ))}
        </div>
      ) : (
      <Table<PartyFormValue & { key: number }>
        size="small"
        pagination={false}
        dataSource={values.parties.map((p, i) => ({ ...p, key: i }))}
        columns={[
          { title: t('party.standing'), dataIndex: 'standing', render: (s: PartyFormValue['standing']) => pick(STANDING_LABELS[s]) },
          { title: t('party.name'), dataIndex: 'name' },
          { title: t('party.kind'), dataIndex: 'kind', render: (k: PartyFormValue['kind']) => t(PARTY_KIND_KEYS[k]) },
          { title: t('party.identity'), key: 'identity', render: (_, p) => identity(p) },
          { title: t('party.phone'), dataIndex: 'phone', render: (v?: string) => v || '—' },
          ...(filerRole === 'clerk' ? [] : [{ title: markLabel, key: 'mark', render: (_: unknown, p: PartyFormValue) => (isMarked(p) ? t('common.yes') : '') }]),
        ]}
      />
      )}
      {values.addresses && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('filing.stepAddresses')}
          </Typography.Title>
          <Descriptions bordered size="small" column={1} {...look} data-testid="review-addresses"
            items={[
              { key: 'mobile', label: t('service.mobile'), children: values.addresses.mobile?.trim() || '—' },
              { key: 'email', label: t('service.email'), children: values.addresses.email?.trim() || '—' },
              { key: 'postal', label: t('service.postal'), children: values.addresses.postalAddress?.trim() || '—' },
              {
                key: 'consent',
                label: t('service.consent'),
                children: values.addresses.electronicConsent ? t(values.addresses.consentScope === 'all' ? 'service.scopeAll' : 'service.scopeProcedural') : t('common.no'),
              },
            ]}
          />
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('case.tabMaterials')}
      </Typography.Title>
      {files.length === 0 ? (
        <Typography.Text type="secondary">{t('filing.noFiles')}</Typography.Text>
      ) : (
        <ul style={{ paddingInlineStart: 20 }}>
          {files.map((f) => (
            <li key={f.uid}>
              {f.name}{' '}
              <Typography.Text type="secondary">
                SHA-256 {shortHash(f.response!.sha256)} · {formatFileSize(f.response!.sizeBytes)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

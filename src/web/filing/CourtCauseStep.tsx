// Step 1 of filing: civil or administrative, the court that is to hear the case, and the cause of action (civil) or the
// challenged administrative act (行政起诉).
import { Form, Radio, Select, Typography } from 'antd';
import type { Court } from '../../contracts/reference';
import { useI18n } from '../i18n/i18n';
import { COURT_LEVEL_KEYS } from '../i18n/vocabulary';
import { AdministrativeActFields } from './AdministrativeActFields';
import { JurisdictionFields } from '../jurisdiction/JurisdictionFields';
import { CauseSelect } from './CauseSelect';

/** The courts one may file with; `exceptCourtId`: a clerk's own court, left out at the 跨域立案 counter (the server refuses it). */
export function courtOptions(courts: Court[] | undefined, exceptCourtId?: number | null) {
  return (courts ?? [])
    .filter((c) => c.level !== 'supreme' && c.isActive && c.id !== exceptCourtId)
    .map((c) => ({ value: c.id, label: c.name, code: c.code, level: c.level }));
}

export function CourtCauseStep({ courts, loading, exceptCourtId }: { courts: Court[] | undefined; loading: boolean; exceptCourtId?: number | null }) {
  const { t } = useI18n();
  const caseType = (Form.useWatch('caseType', { preserve: true }) as string | undefined) ?? '民初';
  return (
    <>
      <Form.Item name="caseType" label={t('admin.filingKind')} initialValue="民初">
        <Radio.Group
          optionType="button"
          options={[
            { value: '民初', label: t('admin.filingKind.civil') },
            { value: '行初', label: t('admin.filingKind.administrative') },
          ]}
        />
      </Form.Item>
      <Form.Item name="courtId" label={t('filing.court')} rules={[{ required: true, message: t('filing.courtRequired') }]}>
        <Select
          loading={loading}
          placeholder={t('filing.courtPlaceholder')}
          options={courtOptions(courts, exceptCourtId)}
          showSearch={{
            filterOption: (input, o) => !!o && (o.label.includes(input) || o.code.includes(input)),
          }}
          optionRender={(o) => (
            <span>
              {o.data.label}
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {o.data.code} · {t(COURT_LEVEL_KEYS[o.data.level])}
              </Typography.Text>
            </span>
          )}
        />
      </Form.Item>
      {caseType === '行初' ? (
        <AdministrativeActFields />
      ) : (
        <Form.Item name="causeId" label={t('filing.cause')} rules={[{ required: true, message: t('filing.causeRequired') }]} extra={t('filing.causeHint')}>
          <CauseSelect />
        </Form.Item>
      )}
      <JurisdictionFields courts={courts} />
    </>
  );
}

// Step 1 of filing: the court that is to hear the case and the cause of action.
import { Form, Select, Typography } from 'antd';
import type { Court } from '../../contracts/reference';
import { useI18n } from '../i18n/i18n';
import { COURT_LEVEL_KEYS } from '../i18n/vocabulary';
import { JurisdictionFields } from '../jurisdiction/JurisdictionFields';
import { CauseSelect } from './CauseSelect';

export function courtOptions(courts: Court[] | undefined) {
  return (courts ?? [])
    .filter((c) => c.level !== 'supreme' && c.isActive)
    .map((c) => ({ value: c.id, label: c.name, code: c.code, level: c.level }));
}

export function CourtCauseStep({ courts, loading }: { courts: Court[] | undefined; loading: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="courtId" label={t('filing.court')} rules={[{ required: true, message: t('filing.courtRequired') }]}>
        <Select
          loading={loading}
          placeholder={t('filing.courtPlaceholder')}
          options={courtOptions(courts)}
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
      <Form.Item name="causeId" label={t('filing.cause')} rules={[{ required: true, message: t('filing.causeRequired') }]} extra={t('filing.causeHint')}>
        <CauseSelect />
      </Form.Item>
      <JurisdictionFields courts={courts} />
    </>
  );
}

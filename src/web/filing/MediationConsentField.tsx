// The filer's answer, at the last step, to pre-litigation mediation should the court propose it (CPL-2023 art 125):
// a refusal keeps the complaint on the way to ordinary review.
import { Form, Radio, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';

export function MediationConsentField() {
  const { t } = useI18n();
  return (
    <div style={{ marginTop: 24 }} data-testid="mediation-consent">
      <Typography.Title level={5}>{t('filing.mediationConsent')}</Typography.Title>
      <Form.Item name="mediationConsent" label={t('filing.mediationConsentExplain')} rules={[{ required: true, message: t('filing.mediationConsentRequired') }]}>
        <Radio.Group
          options={[
            { value: true, label: t('filing.mediationAccept') },
            { value: false, label: t('filing.mediationRefuse') },
          ]}
        />
      </Form.Item>
    </div>
  );
}

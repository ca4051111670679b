// The fields of a 送达地址确认书, shared by the filing wizard and the case's 送达 tab: addresses by kind, consent to
// electronic service and its scope, and the signature (the tick under one's own account, or the clerk's record of paper).
import { Checkbox, Form, Input, Radio } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { emailRule, mobileRule } from '../filing/identityRules';
import { useI18n } from '../i18n/i18n';

export interface AddressConfirmationValues {
  mobile?: string;
  email?: string;
  postalAddress?: string;
  platformAccount: boolean;
  electronicConsent: boolean;
  consentScope: 'all' | 'procedural';
  signed: boolean;
}

export function AddressConfirmationFields({ prefix = [], hasAccount, asClerk = false, requireSignature = false }: { prefix?: (string | number)[]; hasAccount: boolean; asClerk?: boolean; requireSignature?: boolean }) {
  const { t, pick } = useI18n();
  const at = (name: string): NamePath => [...prefix, name];
  const consent = Form.useWatch(at('electronicConsent')) as boolean | undefined;
  return (
    <>
      <Form.Item name={at('mobile')} label={t('service.mobile')} rules={[mobileRule(pick)]}>
        <Input maxLength={11} inputMode="tel" />
      </Form.Item>
      <Form.Item name={at('email')} label={t('service.email')} rules={[emailRule(pick)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={at('postalAddress')} label={t('service.postal')}>
        <Input maxLength={300} />
      </Form.Item>
      {hasAccount && (
        <Form.Item name={at('platformAccount')} valuePropName="checked">
          <Checkbox>{t('service.platformAccount')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name={at('electronicConsent')} valuePropName="checked">
        <Checkbox>{t('service.consent')}</Checkbox>
      </Form.Item>
      {consent && (
        <Form.Item name={at('consentScope')} label={t('service.scope')}>
          <Radio.Group
            options={[
              { value: 'all', label: t('service.scopeAll') },
              { value: 'procedural', label: t('service.scopeProcedural') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        name={at('signed')}
        valuePropName="checked"
        rules={requireSignature ? [{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('service.signRequired')))) }] : []}
      >
        <Checkbox data-testid="address-signed">{t(asClerk ? 'service.signedPaper' : 'service.signed')}</Checkbox>
      </Form.Item>
    </>
  );
}

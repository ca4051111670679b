// 跨域立案 at the counter: the clerk confirms having seen the filing party’s identity document (the receiving court
// checks identity, issue 19 item 4). The mark goes with the filing (identityChecked) and shows on the timeline.
import { Checkbox, Form } from 'antd';
import { useI18n } from '../i18n/i18n';

export function IdentityCheckedField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="identityChecked"
      valuePropName="checked"
      style={{ marginTop: 24 }}
      rules={[{ validator: (_r, v: boolean | undefined) => (v ? Promise.resolve() : Promise.reject(new Error(t('crossRegion.identityCheckRequired')))) }]}
    >
      <Checkbox data-testid="identity-checked">{t('crossRegion.identityChecked')}</Checkbox>
    </Form.Item>
  );
}

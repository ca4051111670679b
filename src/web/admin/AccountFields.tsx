// The fields every account has, whoever creates it (the users page, the mediation page): the login name, the name
// shown, a password (kept when left empty on an edit) and a phone number.
import { Col, Form, Input } from 'antd';
import { useI18n } from '../i18n/i18n';

export function AccountFields({ editing, lockUsername = false, displayNameLabel }: { editing: boolean; /** The login name cannot change here. */ lockUsername?: boolean; displayNameLabel?: string }) {
  const { t } = useI18n();
  return (
    <>
      <Col span={12}>
        <Form.Item name="username" label={t('admin.username')} rules={[{ required: true }, { min: 3, max: 50 }, { pattern: /^[A-Za-z0-9._-]+$/, message: t('admin.usernameInvalid') }]}>
          <Input maxLength={50} autoComplete="off" disabled={lockUsername} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="displayName" label={displayNameLabel ?? t('admin.displayName')} rules={[{ required: true, whitespace: true }, { max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="password" label={editing ? t('admin.newPassword') : t('admin.password')} rules={[{ required: !editing }, { min: 10, max: 200 }]} extra={editing ? t('admin.passwordKeep') : undefined}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="phone" label={t('party.phone')} rules={[{ max: 30 }]}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
    </>
  );
}

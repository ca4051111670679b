// 登录: username and password; the server's message (already in the chosen language) explains a refusal.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { homePath } from '../auth/homePath';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { user, login } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (user) return <Navigate to={from && from !== '/login' ? from : homePath(user)} replace />;

  const onFinish = async (v: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
      // The redirect happens on the next render, once the session holds the user.
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setSubmitting(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5', padding: 16 }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Typography.Title level={2} style={{ marginBottom: 24 }}>
        {t('app.name')}
      </Typography.Title>
      <Card title={t('login.title')} style={{ width: 380, maxWidth: '100%' }}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item label={t('login.username')} htmlFor="username" name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} htmlFor="password" name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('login.demoHint')}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          <Link to="/tools/period">{t('calc.loginLink')}</Link>
          {' · '}
          <Link to="/tools/fee">{t('feeCalc.title')}</Link>
          {' · '}
          <Link to="/notices">{t('notices.title')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

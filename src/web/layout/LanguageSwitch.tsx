import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n/i18n';

/** Switches between Chinese and English; the button names the language it switches to. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Button type="text" icon={<GlobalOutlined />} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
      {t('common.language')}
    </Button>
  );
}

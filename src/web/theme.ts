// The app's Ant Design theme. Every text colour meets WCAG 2.1 AA contrast (4.5:1) on its background: antd's
// defaults for secondary text (45 % black ≈ 3.3:1), links (#1677ff ≈ 4.0:1), status texts and the light tags'
// 7th shades (gold, green, cyan… ≈ 2.7–4.4:1) do not, so they are set one or two shades darker here.
import type { ThemeConfig } from 'antd';

const PRIMARY = '#1f4e9c';

export const THEME: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorLinkHover: '#2f62b8',
    colorLinkActive: '#163a75',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
    colorErrorText: '#cf1322',
    // Danger buttons and error borders use the error colour itself; placeholders are text a person must read too.
    colorError: '#cf1322',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
  components: {
    // A light tag's text is its colour's 7th shade: the ones below 4.5:1 on their 1st shade take the 8th or 9th.
    // A status tag (success, processing, warning) writes in the status colour itself, not its text shade.
    Tag: { gold7: '#874d00', yellow7: '#876800', orange7: '#ad4e00', volcano7: '#ad2102', lime7: '#3f6600', green7: '#237804', cyan7: '#006d75', colorSuccess: '#237804', colorWarning: '#874d00', colorInfo: PRIMARY },
  },
};

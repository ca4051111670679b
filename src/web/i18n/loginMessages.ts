// The strings the login page shows, in the app's first script; every other page's arrive with that page (messages.ts,
// loaded by App's page loader), so that the login page downloads only its own.
export const loginMessages = {
  'app.name': { 'zh-CN': 'CourtFlow 全流程网上办案平台', en: 'CourtFlow online case handling' },
  'common.language': { 'zh-CN': 'English', en: '中文' },
  'login.title': { 'zh-CN': '登录', en: 'Log in' },
  'login.username': { 'zh-CN': '用户名', en: 'Username' },
  'login.usernameRequired': { 'zh-CN': '请输入用户名', en: 'Enter your username' },
  'login.password': { 'zh-CN': '密码', en: 'Password' },
  'login.passwordRequired': { 'zh-CN': '请输入密码', en: 'Enter your password' },
  'login.submit': { 'zh-CN': '登录', en: 'Log in' },
  'login.demoHint': { 'zh-CN': '演示账号见启动时打印的列表或 README。', en: 'Demo logins are printed at start-up and listed in the README.' },
  'calc.loginLink': { 'zh-CN': '期间计算器（无需登录）', en: 'Period calculator (no login needed)' },
  'feeCalc.title': { 'zh-CN': '诉讼费计算器', en: 'Court fee calculator' },
  'notices.title': { 'zh-CN': '法院公告', en: 'Court notices' },
  'credit.publicTitle': { 'zh-CN': '失信被执行人名单', en: 'Dishonest judgment debtors' },
} as const;

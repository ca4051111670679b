// Strings of the narrow-screen frame (drawer menu) and of the card lists shown on phones.
export const portalMessages = {
  'portal.openMenu': { 'zh-CN': '打开菜单', en: 'Open the menu' },
  'portal.menu': { 'zh-CN': '菜单', en: 'Menu' },
  'filing.stepOf': { 'zh-CN': '第 {n} 步，共 {total} 步：{title}', en: 'Step {n} of {total}: {title}' },
  'portal.noCases': { 'zh-CN': '暂无案件', en: 'No cases' },
  // 卷宗检索 (issue 20): the menu entry; the page's own strings are in src/web/dossier/dossierSearchMessages.ts.
  'menu.dossierSearch': { 'zh-CN': '卷宗检索', en: 'Dossier search' },
} as const;

// UI strings of 网络查控: the case's 查控 panel, the 查控 centre and the agency portal.
export const assetControlMessages = {
  'menu.agencyRequests': { 'zh-CN': '协助执行请求', en: 'Assistance requests' },
  'menu.assetControlCentre': { 'zh-CN': '网络查控中心', en: 'Asset inquiry and control' },
} as const;

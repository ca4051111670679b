// 我的通知: the bell in the header and the page listing the signed-in user's notifications.
export const notificationMessages = {
  'menu.notifications': { 'zh-CN': '我的通知', en: 'My notifications' },
  'notifications.bell': { 'zh-CN': '我的通知（{n}条未读）', en: 'My notifications ({n} unread)' },
  'notifications.readAll': { 'zh-CN': '全部标为已读', en: 'Mark all read' },
  'notifications.readAllDone': { 'zh-CN': '已将{n}条通知标为已读', en: '{n} notification(s) marked read' },
  'notifications.onlyUnread': { 'zh-CN': '只看未读', en: 'Unread only' },
  'notifications.unread': { 'zh-CN': '未读', en: 'Unread' },
  'notifications.read': { 'zh-CN': '已读', en: 'Read' },
  'notifications.empty': { 'zh-CN': '暂无通知', en: 'No notifications' },
  'notifications.open': { 'zh-CN': '查看', en: 'Open' },
  'notifications.status': { 'zh-CN': '状态', en: 'Status' },
  'notifications.title': { 'zh-CN': '标题', en: 'Title' },
  'notifications.body': { 'zh-CN': '内容', en: 'Content' },
  'notifications.createdAt': { 'zh-CN': '通知时间', en: 'Sent at' },
  'notifications.markRead': { 'zh-CN': '标为已读', en: 'Mark read' },
} as const;

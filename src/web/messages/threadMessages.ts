// UI strings of a case's message threads (the 消息 panel).
export const threadMessages = {
  'thread.title': { 'zh-CN': '消息', en: 'Messages' },
  'thread.empty': { 'zh-CN': '暂无消息', en: 'No messages yet' },
  'thread.unread': { 'zh-CN': '{n} 条未读', en: '{n} unread' },
  'thread.read': { 'zh-CN': '已读', en: 'Read' },
  'thread.notRead': { 'zh-CN': '未读', en: 'Unread' },
  'thread.readBy': { 'zh-CN': '{name}（{at}）', en: '{name} ({at})' },
  'thread.me': { 'zh-CN': '我', en: 'Me' },
  'thread.placeholder': { 'zh-CN': '输入消息，调解员和各方当事人均可看到', en: 'Write a message; the mediator and every party will see it' },
  'thread.attach': { 'zh-CN': '添加附件', en: 'Attach a file' },
  'thread.send': { 'zh-CN': '发送', en: 'Send' },
  'thread.emptyMessage': { 'zh-CN': '请输入消息内容或添加附件', en: 'Write a message or attach a file' },
  'thread.uploading': { 'zh-CN': '附件上传中，请稍候', en: 'Wait for the files to finish uploading' },
  'thread.closed': { 'zh-CN': '调解已结束，消息仅供查看，不能再发送。', en: 'The mediation has ended: the messages can be read, no new ones sent.' },
  'thread.readOnly': { 'zh-CN': '您可以查看本会话，但不参与沟通。', en: 'You can read this thread but do not take part in it.' },
} as const;

// UI strings of background jobs (progress of long work the server does outside the request).
export const jobMessages = {
  'job.queued': { 'zh-CN': '排队中', en: 'Queued' },
  'job.running': { 'zh-CN': '处理中', en: 'In progress' },
  'job.succeeded': { 'zh-CN': '已完成', en: 'Done' },
  'job.failed': { 'zh-CN': '失败', en: 'Failed' },
  'job.done': { 'zh-CN': '已处理 {done} / {total} {unit}', en: '{done} of {total} {unit} done' },
  'job.resumed': { 'zh-CN': '服务器重启后已从中断处继续', en: 'resumed where it stopped after a server restart' },
  'job.leaveHint': {
    'zh-CN': '入账在服务器上进行，可以离开本页；稍后回到本页地址即可查看结果。',
    en: 'Posting runs on the server: you may leave this page and come back to its address for the result.',
  },
} as const;

// UI strings of a party's 自诉 (CrPL arts 114, 210, 212): the grounds, the complainant's standing and the filing page.
export const privateProsecutionMessages = {
  'menu.newPrivateProsecution': { 'zh-CN': '刑事自诉', en: 'Private prosecution' },
  'private.title': { 'zh-CN': '提起刑事自诉', en: 'File a private prosecution' },
  'private.hint': {
    'zh-CN': '自诉案件包括：告诉才处理的案件（如侮辱、诽谤）；被害人有证据证明的轻微刑事案件；公安机关或者人民检察院不予追究的侵犯被害人人身、财产权利的案件（《刑事诉讼法》第二百一十条）。法院收到自诉状后十五日内审查完毕。',
    en: 'A private prosecution lies for cases handled only upon complaint (e.g. insult, defamation), minor cases the victim can prove, and violations the police or procuratorate did not pursue (CrPL art 210). The court reviews it within 15 days.',
  },
  'private.complaint': { 'zh-CN': '刑事自诉状', en: 'Private prosecution complaint' },
  'private.uploadComplaint': { 'zh-CN': '上传自诉状', en: 'Upload the complaint' },
  'private.ground': { 'zh-CN': '自诉理由', en: 'Ground' },
  'private.authoritiesDecision': { 'zh-CN': '公安机关或者人民检察院不予追究的决定（文书名称及文号）', en: 'The police or procuratorate decision not to pursue (document and number)' },
  'private.complainant': { 'zh-CN': '自诉人', en: 'Complainant' },
  'private.phone': { 'zh-CN': '联系电话', en: 'Phone' },
  'private.capacity': { 'zh-CN': '起诉人身份', en: 'Filing as' },
  'private.victimName': { 'zh-CN': '被害人姓名', en: 'Victim’s name' },
  'private.victimCondition': { 'zh-CN': '被害人情况', en: 'The victim has' },
  'private.victim.deceased': { 'zh-CN': '已死亡', en: 'Died' },
  'private.victim.incapacitated': { 'zh-CN': '丧失行为能力', en: 'Lost capacity' },
  'private.facts': { 'zh-CN': '犯罪事实与诉讼请求', en: 'Facts and claims' },
  'private.willingToMediate': { 'zh-CN': '同意调解或者与被告人和解（《刑事诉讼法》第二百一十二条）', en: 'Willing to mediate or settle with the defendant (CrPL art 212)' },
  'private.filed': { 'zh-CN': '已提起自诉，等待法院立案审查。', en: 'Filed: awaiting the court’s filing review.' },
} as const;

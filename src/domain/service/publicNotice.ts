// The text of a 公告 as CPL-Interp art 139 requires it: why notice is used and, for a complaint, the claims, the
// defence period and what follows a default; for a judgment or ruling, its gist and the appeal right, period and court.
import { citeEn } from '../citations/citations';
import type { BilingualMessage } from '../errors/domainError';

export interface PublicNoticeFacts {
  courtName: string;
  caseNumber: string;
  caseTitle: string;
  document: 'complaintCopy' | 'judgment' | 'ruling' | 'appealCopy';
  recipient: string;
  reason: string;
  /** Days the notice runs before service is deemed (30, or 60 abroad / before 2022). */
  noticeDays: number;
  deemedOn: string;
  claims: readonly string[];
  /** The period that starts from the deemed date (defence or appeal), in days; null when none. */
  periodDays: number | null;
  appealCourtName: string | null;
  summary: string | null;
}

export function publicNoticeText(f: PublicNoticeFacts): BilingualMessage {
  const head = `${f.recipient}：本院受理${f.caseTitle}一案（${f.caseNumber}），因${f.reason}，依照《中华人民共和国民事诉讼法》第九十五条的规定，向你公告送达`;
  const headEn = `To ${f.recipient}: in ${f.caseTitle} (${f.caseNumber}), because ${f.reason}, this court serves on you by public notice under ${citeEn('CPL-2023 art 95')} `;
  const deemed = `自公告发出之日起经过${f.noticeDays}日（即${f.deemedOn}），即视为送达。`;
  const deemedEn = `Service is deemed complete ${f.noticeDays} days after the notice is issued (${f.deemedOn}).`;
  if (f.document === 'complaintCopy') {
    const claims = f.claims.length ? `原告的诉讼请求：${f.claims.map((c, i) => `${i + 1}. ${c}`).join('；')}。` : '';
    return {
      'zh-CN': `${head}起诉状副本、应诉通知书、举证通知书。${claims}${deemed}提出答辩状的期限为公告期满后${f.periodDays ?? 15}日内。逾期不答辩、不到庭的，本院将依法审理并可缺席判决。（${f.courtName}）`,
      en: `${headEn}the complaint, the notice to respond and the notice on evidence. ${f.claims.length ? `The claims: ${f.claims.join('; ')}. ` : ''}${deemedEn} The defence is due within ${f.periodDays ?? 15} days after that. If you neither answer nor appear, the court proceeds and may decide by default. (${f.courtName})`,
    };
  }
  if (f.document === 'appealCopy') {
    return {
      'zh-CN': `${head}上诉状副本。${deemed}提出答辩状的期限为公告期满后${f.periodDays ?? 15}日内。（${f.courtName}）`,
      en: `${headEn}the appeal petition. ${deemedEn} The defence is due within ${f.periodDays ?? 15} days after that. (${f.courtName})`,
    };
  }
  const name = f.document === 'judgment' ? { zh: '判决书', en: 'the judgment' } : { zh: '裁定书', en: 'the ruling' };
  const gist = f.summary ? `主要内容：${f.summary}。` : '';
  const appeal =
    f.periodDays !== null
      ? `如不服本${name.zh}，可在公告期满后${f.periodDays}日内向本院递交上诉状${f.appealCourtName ? `，上诉于${f.appealCourtName}` : ''}。`
      : `本${name.zh}为终审${name.zh}。`;
  const appealEn =
    f.periodDays !== null ? `An appeal may be lodged with this court within ${f.periodDays} days after that${f.appealCourtName ? `, to ${f.appealCourtName}` : ''}.` : `It is final.`;
  return {
    'zh-CN': `${head}${name.zh}。${gist}${deemed}${appeal}（${f.courtName}）`,
    en: `${headEn}${name.en}. ${f.summary ? `In brief: ${f.summary}. ` : ''}${deemedEn} ${appealEn} (${f.courtName})`,
  };
}

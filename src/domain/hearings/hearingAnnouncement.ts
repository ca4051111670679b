// 开庭公告: a civil case is heard in public unless the law keeps it closed (CPL-2023 art 137), and a public hearing is
// announced with the parties' names, the cause and the time and place, at least 3 days before it (CPL-2023 art 139).
import { STANDING_LABELS, type Standing } from '../appeal/appealStanding';
import { addDays, type PlainDate } from '../calendar/plainDate';
import { citeEn, citeZh } from '../citations/citations';
import type { BilingualMessage } from '../errors/domainError';

// CPL-2023 art 137: closed for state secrets, personal privacy or where the law provides; divorce and trade secrets
// only on a party's application.
export const CLOSED_HEARING_GROUNDS = ['stateSecret', 'privacy', 'lawProvides', 'divorceOnApplication', 'tradeSecretOnApplication'] as const;
export type ClosedHearingGround = (typeof CLOSED_HEARING_GROUNDS)[number];

export const CLOSED_HEARING_GROUND_LABELS: Readonly<Record<ClosedHearingGround, BilingualMessage>> = {
  stateSecret: { 'zh-CN': '涉及国家秘密', en: 'State secrets' },
  privacy: { 'zh-CN': '涉及个人隐私', en: 'Personal privacy' },
  lawProvides: { 'zh-CN': '法律另有规定', en: 'Closed by another law' },
  divorceOnApplication: { 'zh-CN': '离婚案件，当事人申请不公开审理', en: 'Divorce case, closed on a party\'s application' },
  tradeSecretOnApplication: { 'zh-CN': '涉及商业秘密，当事人申请不公开审理', en: 'Trade secrets, closed on a party\'s application' },
};

// ALL art 54: an administrative case is closed for state secrets, privacy, another law, or trade secrets on
// application — CPL-2023 art 137's divorce ground has no place there.
const ADMINISTRATIVE_GROUNDS: readonly ClosedHearingGround[] = CLOSED_HEARING_GROUNDS.filter((g) => g !== 'divorceOnApplication');

/** The grounds on which a hearing of the case type may be closed. */
export function closedHearingGroundsFor(caseType: string): readonly ClosedHearingGround[] {
  return caseType.startsWith('行') ? ADMINISTRATIVE_GROUNDS : CLOSED_HEARING_GROUNDS;
}

/** Whether the hearing is announced: every hearing is public unless scheduled as closed on a ground of art 137. */
export function isHeardInPublic(closedGround: ClosedHearingGround | null | undefined): boolean {
  return closedGround === null || closedGround === undefined;
}

/** CPL-2023 art 139: the last day to announce (and to notify the parties of) a hearing held on `hearingOn`. */
export function latestAnnouncementOn(hearingOn: PlainDate): PlainDate {
  return addDays(hearingOn, -3);
}

export interface HearingAnnouncementFacts {
  courtName: string;
  caseNumber: string;
  causeName: string | null;
  /** The parties in the order of the case, by standing (plaintiff, defendant, third party…). */
  parties: readonly { standing: string; name: string }[];
  /** The hearing's start as the court reads it: '2026年4月20日 09:30' / '2026-04-20 09:30'. */
  startsAt: BilingualMessage;
  roomName: string;
  postponed: boolean;
}

/** The announcement's text: court, case number, parties, cause, time and place (CPL-2023 art 139). */
export function hearingAnnouncementText(f: HearingAnnouncementFacts): BilingualMessage {
  const standing = (s: string) => STANDING_LABELS[s as Standing] ?? { 'zh-CN': s, en: s };
  const partiesZh = f.parties.map((p) => `${standing(p.standing)['zh-CN']}${p.name}`).join('，');
  const partiesEn = f.parties.map((p) => `${standing(p.standing).en} ${p.name}`).join('; ');
  const causeZh = f.causeName ?? '民事纠纷';
  const causeEn = f.causeName ? `(${f.causeName})` : '';
  const zh = `本院定于${f.startsAt['zh-CN']}在${f.roomName}公开开庭审理${partiesZh}${causeZh}一案（${f.caseNumber}）。特此公告。（${f.courtName}，依据${citeZh('CPL-2023 art 139')}）`;
  const en = `${f.courtName} will hear in public, on ${f.startsAt.en} in ${f.roomName}, case ${f.caseNumber} ${causeEn}: ${partiesEn} (${citeEn('CPL-2023 art 139')}).`;
  if (!f.postponed) return { 'zh-CN': zh, en };
  return { 'zh-CN': `【已延期】原定于${f.startsAt['zh-CN']}的开庭已延期，以新的开庭公告为准。${zh}`, en: `[Postponed] The hearing set for ${f.startsAt.en} has been postponed; see the new announcement. ${en}` };
}

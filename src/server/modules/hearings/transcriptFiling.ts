// The signed record into the dossier: a DOCX of the final text with every signature (and the judge's note of who
// refused), filed as a 庭审笔录 material with its transparency-log leaf, and a timeline entry.
import { sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles/roles';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { appendCaseEvent } from '../cases/caseRecord';
import { sealOf } from '../documents/courtSeal';
import { fileCourtDocument } from '../documents/generateDocument';
import { DOCX_MIME, renderDocx } from '../documents/renderDocx';
import type { HearingAccess } from './hearingAccess';
import { partiesOf, standingLabel, transcriptOf } from './transcriptStore';

function shanghai(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(d);
}

export async function fileTranscript(tx: Tx, deps: Deps, a: HearingAccess, actor: Actor, role: Role, now: Date): Promise<number> {
  const t = (await transcriptOf(tx, a.hearing.id))!;
  const sigs = await tx.execute<{ party_id: string | null; signer: string; role: string; signed_at: Date }>(sql`
    select s.party_id, u.display_name as signer, s.role, s.signed_at from hearing_transcript_signatures s join users u on u.id = s.signer_id
     where s.transcript_id = ${t.id} and s.revision = ${t.revision} order by s.signed_at, s.id`);
  const parties = await partiesOf(tx, a.c.id);
  const tz = deps.config.timeZone;
  const signatureLines = parties.map((p) => {
    const s = sigs.rows.find((x) => x.party_id !== null && Number(x.party_id) === p.id);
    const who = `${standingLabel(p.standing)}${p.name}`;
    return s ? `${who}：${s.signer}于${shanghai(new Date(s.signed_at), tz)}在线签名` : `${who}：未签名`;
  });
  const court = sigs.rows.find((x) => x.party_id === null);
  signatureLines.push(court ? `${court.role === 'judge' ? '审判人员' : '书记员'}：${court.signer}于${shanghai(new Date(court.signed_at), tz)}在线签名` : '书记员：未签名');
  const courtName = (await tx.execute<{ name: string }>(sql`select name from courts where id = ${a.c.courtId}`)).rows[0]?.name ?? '';
  const paragraphs = [
    `案号：${a.c.caseNumber ?? ''}\u3000开庭时间：${shanghai(a.hearing.startsAt, tz)}\u3000地点：${a.hearing.roomName}`,
    ...t.sections.map((s) => `【${s.title}】\n${s.text}`),
    `签名：\n${signatureLines.join('\n')}`,
    ...(t.closingNote ? [`签名情况说明（《中华人民共和国民事诉讼法》第一百五十条）：${t.closingNote}`] : []),
    `笔录定稿文本 SHA-256（第${t.revision}稿）：${t.sha256}`,
  ];
  const content = await renderDocx({ courtName, title: '庭审笔录', paragraphs, seal: await sealOf(tx, deps, a.c.courtId) });
  const fileName = `庭审笔录${a.c.caseNumber ? `-${a.c.caseNumber}` : ''}-${a.hearing.id}.docx`;
  const attachmentId = await fileCourtDocument(tx, deps, { caseId: a.c.id, by: actor.userId, fileName, mimeType: DOCX_MIME, content, category: 'hearingRecord' });
  await tx.execute(sql`update hearing_transcripts set status = 'filed', filed_attachment_id = ${attachmentId}, updated_at = now() where id = ${t.id}`);
  await appendCaseEvent(tx, {
    caseId: a.c.id,
    event: 'hearingTranscriptFiled',
    actorId: actor.userId,
    actorRole: role,
    nodeBefore: a.c.node,
    nodeAfter: a.c.node,
    payload: { hearingId: a.hearing.id, revision: t.revision, sha256: t.sha256, attachmentId, fileName, unsigned: parties.filter((p) => !sigs.rows.some((s) => s.party_id !== null && Number(s.party_id) === p.id)).map((p) => p.name) },
    at: now,
  });
  return attachmentId;
}

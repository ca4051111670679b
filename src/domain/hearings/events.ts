// The timeline entries of a hearing's record: recorded by the hearings module's use cases, not by declared events.
import type { BilingualMessage } from '../errors/domainError';

export const HEARING_EVENT_LABELS: Record<string, BilingualMessage> = {
  hearingTranscriptFinalised: { 'zh-CN': '庭审笔录定稿', en: 'Hearing transcript finalised' },
  hearingTranscriptSigned: { 'zh-CN': '庭审笔录在线签名', en: 'Hearing transcript signed' },
  hearingTranscriptObjected: { 'zh-CN': '申请补正庭审笔录', en: 'Correction of the transcript asked for' },
  hearingTranscriptCorrected: { 'zh-CN': '补正庭审笔录（重新签名）', en: 'Transcript corrected (signatures restart)' },
  hearingTranscriptObjectionDeclined: { 'zh-CN': '不予补正庭审笔录', en: 'Correction of the transcript declined' },
  hearingTranscriptSigningClosed: { 'zh-CN': '结束笔录签名（记明拒签情况）', en: 'Transcript signing closed (refusals noted)' },
  hearingTranscriptFiled: { 'zh-CN': '庭审笔录入卷', en: 'Hearing transcript filed in the dossier' },
  hearingRecordingUploaded: { 'zh-CN': '上传庭审录音录像', en: 'Hearing recording uploaded' },
};

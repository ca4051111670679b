// The 调解协议: it binds only once every party has signed exactly the same text (ONLINE-MED art 20).
import { refuse } from '../errors/domainError';

export function checkAgreementSignedByAll(partyIds: readonly number[], signedPartyIds: readonly number[]): void {
  const unsigned = partyIds.filter((id) => !signedPartyIds.includes(id));
  if (unsigned.length) {
    refuse('AGREEMENT_NOT_SIGNED_BY_ALL', 'conflict', '调解协议尚未经各方当事人签署，不能以调解成功结案。', 'Every party must sign the agreement before the matter closes as settled.', { unsignedPartyIds: unsigned });
  }
}

// ONLINE-MED art 20: a party signs the text it read; a signature of an earlier draft does not sign the current one.
export function checkSignsCurrentDraft(currentSha256: string | null, signedSha256: string): void {
  if (currentSha256 === null) {
    refuse('AGREEMENT_NOT_DRAFTED', 'conflict', '调解员尚未制作调解协议。', 'The mediator has not drafted the agreement yet.');
  }
  if (currentSha256 !== signedSha256) {
    refuse('AGREEMENT_CHANGED', 'conflict', '调解协议已被修改，请重新阅读最新文本后再签署。', 'The agreement has changed since you read it; read the current text and sign again.', { currentSha256 });
  }
}

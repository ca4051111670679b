// When the court must appoint defence counsel through legal aid (指定辩护) (CrPL arts 35, 278).
import type { BilingualMessage } from '../errors/domainError';

export interface LegalAidFacts {
  /** 盲、聋、哑人. */
  isBlindDeafOrMute?: boolean;
  /** 尚未完全丧失辨认或者控制自己行为能力的精神病人. */
  isMentallyIll?: boolean;
  /** 可能被判处无期徒刑、死刑. */
  mayFaceLifeOrDeath?: boolean;
  /** Under 18 (at trial). */
  isJuvenile?: boolean;
}

export const LEGAL_AID_GROUNDS = ['blindDeafMute', 'mentallyIll', 'lifeOrDeath', 'juvenile'] as const;
export type LegalAidGround = (typeof LEGAL_AID_GROUNDS)[number];

export const LEGAL_AID_GROUND_LABELS: Record<LegalAidGround, BilingualMessage> = {
  blindDeafMute: { 'zh-CN': '被告人是盲、聋、哑人', en: 'The defendant is blind, deaf or mute' },
  mentallyIll: { 'zh-CN': '被告人是尚未完全丧失辨认或者控制自己行为能力的精神病人', en: 'The defendant is mentally ill without having fully lost capacity' },
  lifeOrDeath: { 'zh-CN': '被告人可能被判处无期徒刑、死刑', en: 'The defendant may face life imprisonment or death' },
  juvenile: { 'zh-CN': '被告人是未成年人', en: 'The defendant is a juvenile' },
};

/** The grounds on which counsel must be appointed when the defendant has none; empty when none applies. */
export function legalAidGrounds(f: LegalAidFacts): LegalAidGround[] {
  const grounds: LegalAidGround[] = [];
  // CrPL art 35 para 2: blind, deaf, mute, or mentally ill without fully lost capacity.
  if (f.isBlindDeafOrMute) grounds.push('blindDeafMute');
  if (f.isMentallyIll) grounds.push('mentallyIll');
  // CrPL art 35 para 3: possible life imprisonment or death.
  if (f.mayFaceLifeOrDeath) grounds.push('lifeOrDeath');
  // CrPL art 278: a juvenile without counsel.
  if (f.isJuvenile) grounds.push('juvenile');
  return grounds;
}

export function isLegalAidRequired(f: LegalAidFacts, hasCounsel: boolean): boolean {
  return !hasCounsel && legalAidGrounds(f).length > 0;
}

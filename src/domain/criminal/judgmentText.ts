// The 判决主文 of a 刑事判决书 from the recorded verdicts: each defendant's charges, punishment and the term's dates with
// custody credited (CrPL art 200; CrL arts 41, 44, 47, 52, 55, 59, 73).
import { chineseDate } from '../documents/templates';
import { chineseNumeral } from '../citations/chineseNumerals';
import { fenToYuan } from '../money/yuan';
import { CUSTODY_CREDIT_FACTOR } from './termDates';
import type { SentenceDates } from './termDates';
import { hasTerm, MAIN_PUNISHMENT_LABELS, type Sentence, type Term } from './sentence';

/** 18 months → 一年六个月; 4 months 15 days → 四个月十五日. */
export function termText(t: Term): string {
  const years = Math.floor(t.months / 12);
  const months = t.months % 12;
  return `${years ? `${chineseNumeral(years)}年` : ''}${months ? `${chineseNumeral(months)}个月` : ''}${t.days ? `${chineseNumeral(t.days)}日` : ''}`;
}

export interface VerdictForText {
  name: string;
  outcome: 'convicted' | 'acquitted';
  chargeNames: readonly string[];
  sentence?: Sentence | null;
  dates?: SentenceDates | null;
}

function punishmentText(s: Sentence): string {
  const main = MAIN_PUNISHMENT_LABELS[s.main]['zh-CN'];
  if (s.main === 'exempted') return main;
  const parts = [`判处${main}${hasTerm(s.main) && s.term ? termText(s.term) : ''}`];
  if (s.probation) parts[0] += `，缓刑${termText({ months: s.probation.testMonths })}`;
  const d = s.politicalRightsDeprivation;
  if (d) parts.push(`剥夺政治权利${d === 'life' ? '终身' : termText(d)}`);
  if (s.fineFen) parts.push(`并处罚金人民币${fenToYuan(BigInt(s.fineFen))}元`);
  if (s.confiscation) parts.push(s.confiscation === 'all' ? '并处没收个人全部财产' : '并处没收个人部分财产');
  return parts.join('，');
}

/** The bracketed line on when the term runs, as judgments write it (CrL arts 41, 44, 47, 73). */
function datesText(s: Sentence, d: SentenceDates | null | undefined): string {
  if (d?.probation) return `（缓刑考验期限，从判决确定之日起计算，即自${chineseDate(d.probation.startOn)}起至${chineseDate(d.probation.endOn)}止。）`;
  const t = d?.term;
  if (!t || !hasTerm(s.main)) return '';
  const factor = CUSTODY_CREDIT_FACTOR[s.main];
  const credit = `判决执行以前先行羁押的，羁押一日折抵刑期${factor === 2 ? '二日' : '一日'}`;
  if (t.isServedByCustody) return `（刑期从判决执行之日起计算。${credit}，刑期已由先行羁押折抵完毕。）`;
  return `（刑期从判决执行之日起计算。${credit}，即自${chineseDate(t.startOn)}起至${chineseDate(t.endOn!)}止。）`;
}

/** One numbered item per defendant: 一、被告人赵某犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币5000.00元。（…） */
export function judgmentItems(verdicts: readonly VerdictForText[]): string {
  return verdicts
    .map((v, i) => {
      const n = `${chineseNumeral(i + 1)}、`;
      if (v.outcome === 'acquitted') return `${n}被告人${v.name}无罪。`;
      const s = v.sentence;
      return `${n}被告人${v.name}犯${v.chargeNames.join('、')}，${s ? punishmentText(s) : ''}。${s ? datesText(s, v.dates) : ''}`;
    })
    .join('\n\n');
}

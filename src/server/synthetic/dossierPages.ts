// Synthetic page text of a civil dossier (起诉状, 证据, 庭审笔录, 判决书, 审理报告…) for the dossier search bench: sentences of
// the documents' usual wording with names, amounts, dates and places filled in, about `chars` characters a page, no
// whitespace next to Chinese characters (so a page's search text is its text), deterministic for a seed.
import { personName, syntheticOrganization } from './people';
import type { Rng } from './random';

export const DOSSIER_PAGE_KINDS = ['complaint', 'evidence', 'hearingRecord', 'judgment', 'trialReport'] as const;
export type DossierPageKind = (typeof DOSSIER_PAGE_KINDS)[number];

interface Facts {
  plaintiff: string;
  defendant: string;
  amount: number;
  year: number;
  cause: string;
}

const CAUSES = ['民间借贷纠纷', '金融借款合同纠纷', '买卖合同纠纷', '房屋租赁合同纠纷', '物业服务合同纠纷', '机动车交通事故责任纠纷', '劳动争议', '离婚纠纷'];

const yuan = (n: number) => `人民币${n}元`;
const day = (rng: Rng, year: number) => `${year}年${rng.int(1, 12)}月${rng.int(1, 28)}日`;

const SENTENCES: Record<DossierPageKind, ((f: Facts, rng: Rng) => string)[]> = {
  complaint: [
    (f) => `原告${f.plaintiff}与被告${f.defendant}${f.cause}一案，原告向本院提起诉讼。`,
    (f) => `诉讼请求：一、判令被告偿还借款本金${yuan(f.amount)}；二、判令被告承担本案诉讼费用。`,
    (f, r) => `事实与理由：${day(r, f.year)}，被告因资金周转需要向原告借款${yuan(f.amount)}，约定月利率百分之一。`,
    (f) => `借款到期后，经原告多次催要，被告${f.defendant}至今未予偿还，故诉至法院。`,
    () => `此致长春市南关区人民法院，具状人签名，附：本诉状副本一份，证据材料清单一份。`,
  ],
  evidence: [
    (f, r) => `借条：今借到${f.plaintiff}${yuan(f.amount)}，于${day(r, f.year + 1)}前归还，借款人${f.defendant}。`,
    (f, r) => `银行转账凭证：付款人${f.plaintiff}，收款人${f.defendant}，金额${yuan(f.amount)}，交易日期${day(r, f.year)}。`,
    (f) => `微信聊天记录截图显示，${f.plaintiff}多次催促${f.defendant}还款，对方承诺尽快归还。`,
    () => `证据目录：证据一借条原件，证明借贷关系成立；证据二转账凭证，证明款项已实际交付。`,
  ],
  hearingRecord: [
    (f, r) => `庭审笔录：时间${day(r, f.year + 1)}上午九时，地点本院第三法庭，审判员宣布开庭。`,
    (f) => `审判员：原告陈述诉讼请求及事实理由。原告${f.plaintiff}：坚持起诉状所述的诉讼请求。`,
    (f) => `被告${f.defendant}辩称：借款属实，但已部分偿还，请求法院查明事实后依法判决。`,
    () => `审判员：双方对证据的真实性是否有异议？被告：对借条的真实性无异议，对利息计算有异议。`,
    () => `法庭辩论终结，双方当事人作最后陈述，本案休庭，笔录经当事人阅后签字。`,
  ],
  judgment: [
    (f) => `原告${f.plaintiff}与被告${f.defendant}${f.cause}一案，本院立案后，依法适用简易程序公开开庭进行了审理。`,
    () => `本院认为，合法的借贷关系受法律保护，借款人应当按照约定的期限返还借款。`,
    () => `依照《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百七十五条之规定，判决如下：`,
    (f) => `被告${f.defendant}于本判决生效之日起十日内偿还原告${f.plaintiff}借款本金${yuan(f.amount)}。`,
    () => `如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。`,
  ],
  trialReport: [
    (f) => `审理报告：案由${f.cause}，原告${f.plaintiff}，被告${f.defendant}，诉讼标的额${yuan(f.amount)}。`,
    () => `合议庭评议意见：事实清楚，证据充分，借贷关系成立，建议支持原告的诉讼请求。`,
    () => `承办法官意见：本案系简易程序审理，无需提交审判委员会讨论，拟判决结案。`,
  ],
};

/** The facts of one synthetic case (its parties, the amount, the year), shared by all its pages. */
export function dossierFacts(rng: Rng, year: number): Facts {
  const defendant = rng.chance(0.3) ? syntheticOrganization(rng).name : personName(rng);
  return { plaintiff: personName(rng), defendant, amount: rng.int(10, 5000) * 100, year, cause: rng.pick(CAUSES) };
}

/** One page of a document of this kind: its sentences in turn (from a random one) until the page holds `chars` characters. */
export function dossierPageText(rng: Rng, facts: Facts, kind: DossierPageKind, chars = 500): string {
  const sentences = SENTENCES[kind];
  let i = rng.int(0, sentences.length - 1);
  let text = '';
  while (text.length < chars) text += sentences[i++ % sentences.length]!(facts, rng);
  return text;
}

/**
 * strip(cf_bigrams()) (migrations 0009, 0031) in JavaScript, as tsvector text for COPY: each distinct pair of characters
 * of the (already normalised) search text, without positions. A bulk load computes it here instead of once per page in SQL.
 */
export function bigramTsvectorText(searchText: string): string {
  const chars = [...searchText.normalize('NFKC').toLowerCase()];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`'${(chars[i]! + chars[i + 1]!).replace(/\\/gu, '\\\\').replace(/'/gu, "''")}'`);
  return [...out].join(' ');
}

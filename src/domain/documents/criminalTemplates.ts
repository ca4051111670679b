// The 刑事判决书 generated from the recorded judgment (CrPL arts 200–202, 230): who prosecuted, the defendants, the
// procedure, the 判决主文 of each defendant with the term's dates, and the appeal the defendants have. A court adapts it
// on the admin page like every other template.

// The shape of templates.ts's DocumentTemplate, written out so that the two files do not import each other.
export const CRIMINAL_TEMPLATES: Record<'criminalJudgment', { title: string; body: string }> = {
  criminalJudgment: {
    title: '刑事判决书',
    body: `（{{caseNumber}}）

{{prosecutor}}。

{{defendantsDetail}}

{{prosecutor}}指控被告人{{defendants}}犯罪一案，本院于{{acceptedOn}}立案，依法适用{{procedure}}审理。现已审理终结。

{{facts}}

依照《中华人民共和国刑法》和《中华人民共和国刑事诉讼法》第二百条的规定，判决如下：

{{verdictItems}}

如不服本判决，可在接到判决书的第二日起{{appealDays}}日内，通过本院或者直接向{{appealCourt}}提出上诉。书面上诉的，应当提交上诉状正本一份，副本一份。

{{judges}}

{{issuedOn}}`,
  },
};

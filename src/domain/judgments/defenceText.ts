// A defending party's element answers as the 辩称 of a judgment: what it admits in one sentence, each denial or
// explanation in its own words.
import type { ElementAnswers } from '../elements/elementDisputes';
import { elementsOf, type ElementSchema } from '../elements/elementSchema';
import { formatElementValue } from '../elements/elementText';

export function defenceFromAnswers(schema: ElementSchema, answers: ElementAnswers): string {
  const admitted: string[] = [];
  const contested: string[] = [];
  // In the schema's order, whatever order the answers were stored in.
  for (const def of elementsOf(schema)) {
    const a = answers[def.key];
    if (!a) continue;
    const label = def.label['zh-CN'];
    if (a.stance === 'admit') admitted.push(label);
    else if (a.stance === 'deny') contested.push(`否认${label}${a.note ? `，理由是${a.note}` : ''}`);
    else contested.push(`对${label}有异议${a.value !== undefined ? `，认为应为${formatElementValue(def, a.value)}` : ''}${a.note ? `（${a.note}）` : ''}`);
  }
  return [...(admitted.length ? [`对${admitted.join('、')}无异议`] : []), ...contested].join('；');
}

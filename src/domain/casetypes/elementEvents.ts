// 要素式答辩: a defendant (or third party) answers the complaint element by element while the defence period runs
// (CPL-2023 art 128); the judge then finds the elements in dispute. Offered only where the complaint was filed in the
// element form.
import { bi } from '../elements/elementSchema';
import { event } from './defineCaseType';
import { AnswerElementsInput, FindElementsInput } from './elementInputs';
import { actsForTheParty } from './pleadingEvents';
import type { TrialNode } from './trialEvents';

export const elementEvents = {
  answerElements: event({
    label: bi('要素式答辩', 'Answer the elements'),
    from: ['accepted', 'assigned', 'hearingScheduled'] as TrialNode[],
    to: null,
    by: ['party', 'lawyer'],
    input: AnswerElementsInput,
    guards: [actsForTheParty],
    effects: ['recordElementAnswers'],
    availableWhen: {
      test: (facts) => facts.hasElementComplaint,
      refusal: bi('本案不是要素式起诉，请以“提交答辩状”答辩。', 'The complaint was not filed in the element form; answer it with a defence.'),
    },
  }),
  // The judge finds the elements in dispute at or after the hearing (the facts the judgment states).
  findElements: event({
    label: bi('要素认定', 'Find the elements'),
    from: ['hearingScheduled', 'heard'] as TrialNode[],
    to: null,
    by: ['judge'],
    input: FindElementsInput,
    effects: ['recordElementFindings'],
    availableWhen: {
      test: (facts) => facts.hasElementComplaint,
      refusal: bi('本案不是要素式起诉，没有可认定的要素。', 'The complaint was not filed in the element form: there are no elements to find.'),
    },
  }),
};

// 要素式答辩: a defendant (or third party) answers the complaint element by element while the defence period runs
// (CPL-2023 art 128); offered only where the complaint was filed in the element form.
import { bi } from '../elements/elementSchema';
import { event } from './defineCaseType';
import { AnswerElementsInput } from './elementInputs';
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
};

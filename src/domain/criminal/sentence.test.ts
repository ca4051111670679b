// What sentence the Criminal Law allows (CrL arts 38, 42, 45, 55, 57, 69, 72, 73) and the plea recommendation (CrPL art 201).
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import { checkRecommendationAdopted, departsFromRecommendation, type SentencingRecommendation } from './plea';
import { checkSentence, type Sentence } from './sentence';

describe('sentences', () => {
  test.each<[string, Sentence, string | null]>([
    ['有期徒刑 3 years with a fine', { main: 'fixedTerm', term: { months: 36 }, fineFen: 500_000 }, null],
    ['有期徒刑 5 months is too short', { main: 'fixedTerm', term: { months: 5 } }, 'SENTENCE_TERM_OUT_OF_BOUNDS'],
    ['有期徒刑 25 years for several crimes (art 69)', { main: 'fixedTerm', term: { months: 300 } }, null],
    ['有期徒刑 26 years', { main: 'fixedTerm', term: { months: 312 } }, 'SENTENCE_TERM_OUT_OF_BOUNDS'],
    ['拘役 without a term', { main: 'criminalDetention' }, 'SENTENCE_TERM_REQUIRED'],
    ['拘役 6 months', { main: 'criminalDetention', term: { months: 6 } }, null],
    ['管制 2 months', { main: 'publicSurveillance', term: { months: 2 } }, 'SENTENCE_TERM_OUT_OF_BOUNDS'],
    ['无期徒刑 with a term', { main: 'life', term: { months: 12 } }, 'SENTENCE_TERM_NOT_ALLOWED'],
    ['无期徒刑 with deprivation for life', { main: 'life', politicalRightsDeprivation: 'life' }, null],
    ['无期徒刑 with a 5-year deprivation', { main: 'life', politicalRightsDeprivation: { months: 60 } }, 'POLITICAL_RIGHTS_LIFE_REQUIRED'],
    ['有期徒刑 with deprivation for life', { main: 'fixedTerm', term: { months: 60 }, politicalRightsDeprivation: 'life' }, 'POLITICAL_RIGHTS_LIFE_NOT_ALLOWED'],
    ['有期徒刑 with a 6-year deprivation', { main: 'fixedTerm', term: { months: 60 }, politicalRightsDeprivation: { months: 72 } }, 'POLITICAL_RIGHTS_TERM_OUT_OF_BOUNDS'],
    ['管制 with a deprivation of another length', { main: 'publicSurveillance', term: { months: 6 }, politicalRightsDeprivation: { months: 12 } }, 'POLITICAL_RIGHTS_TERM_MISMATCH'],
    ['a fine of 0', { main: 'fixedTerm', term: { months: 12 }, fineFen: 0 }, 'SENTENCE_FINE_INVALID'],
    ['probation for 3 years with a 3-year test', { main: 'fixedTerm', term: { months: 36 }, probation: { testMonths: 36 } }, null],
    ['probation for 3 years 6 months', { main: 'fixedTerm', term: { months: 42 }, probation: { testMonths: 48 } }, 'PROBATION_NOT_ALLOWED'],
    ['probation test shorter than the term', { main: 'fixedTerm', term: { months: 24 }, probation: { testMonths: 18 } }, 'PROBATION_TEST_OUT_OF_BOUNDS'],
    ['probation test of 6 years', { main: 'fixedTerm', term: { months: 12 }, probation: { testMonths: 72 } }, 'PROBATION_TEST_OUT_OF_BOUNDS'],
    ['拘役 3 months with a 2-month test', { main: 'criminalDetention', term: { months: 3 }, probation: { testMonths: 2 } }, 'PROBATION_TEST_OUT_OF_BOUNDS'],
    ['拘役 1 month with a 2-month test', { main: 'criminalDetention', term: { months: 1 }, probation: { testMonths: 2 } }, null],
    ['probation for 管制', { main: 'publicSurveillance', term: { months: 6 }, probation: { testMonths: 12 } }, 'PROBATION_NOT_ALLOWED'],
    ['exempted', { main: 'exempted' }, null],
    ['exempted with a fine', { main: 'exempted', fineFen: 100_000 }, 'SENTENCE_EXEMPTED_WITH_PUNISHMENT'],
  ])('%s', (_, sentence, code) => {
    expect(refusalCode(() => checkSentence(sentence))).toBe(code);
  });
});

describe('认罪认罚: the court generally adopts the recommendation (CrPL art 201)', () => {
  const rec: SentencingRecommendation = { main: 'fixedTerm', minMonths: 12, maxMonths: 18, probation: false };
  test.each<[string, Sentence, boolean]>([
    ['inside the range', { main: 'fixedTerm', term: { months: 15 } }, false],
    ['at the top of the range', { main: 'fixedTerm', term: { months: 18 } }, false],
    ['above it', { main: 'fixedTerm', term: { months: 24 } }, true],
    ['another punishment', { main: 'criminalDetention', term: { months: 6 } }, true],
    ['with probation', { main: 'fixedTerm', term: { months: 12 }, probation: { testMonths: 12 } }, true],
  ])('%s → departs %s', (_, s, departs) => {
    expect(departsFromRecommendation(rec, s)).toBe(departs);
  });
  test('a departure needs a ground; with one, or without a plea, the sentence stands', () => {
    const s: Sentence = { main: 'fixedTerm', term: { months: 24 } };
    expect(refusalCode(() => checkRecommendationAdopted(rec, s, null))).toBe('SENTENCE_DEPARTS_FROM_RECOMMENDATION');
    expect(refusalCode(() => checkRecommendationAdopted(rec, s, 'manifestlyImproper'))).toBeNull();
    expect(refusalCode(() => checkRecommendationAdopted(null, s, null))).toBeNull();
  });
});

// Procedure choice and the 审限 it brings (CrPL arts 208, 212, 214–215, 220, 222–223, 225).
import { describe, expect, test } from 'vitest';
import { trialProcedureFor } from '../clock/trialLimits';
import { refusalCode } from '../errors/refusalCode.fixture';
import { checkProcedureChoice, criminalProcedureVariant, criminalTrialProcedure, procedureOfVariant, type ProcedureFacts } from './procedure';

const base: ProcedureFacts = {
  prosecution: 'public', procedure: 'ordinary', possibleSentence: 'upTo3Years', isBasicCourt: true, allAdmitGuilt: true,
  allAcceptPunishment: true, anyJuvenile: false, anyBlindDeafMuteOrMentallyIll: false, anyDetained: true,
};

describe('who may use the simple and fast-track procedures', () => {
  test.each<[string, Partial<ProcedureFacts>, string | null]>([
    ['ordinary, always', { procedure: 'ordinary', isBasicCourt: false, allAdmitGuilt: false }, null],
    ['simple at a basic court with an admission', { procedure: 'simple' }, null],
    ['simple at an intermediate court', { procedure: 'simple', isBasicCourt: false }, 'CRIMINAL_PROCEDURE_BASIC_COURT_ONLY'],
    ['simple without an admission', { procedure: 'simple', allAdmitGuilt: false }, 'CRIMINAL_PROCEDURE_NEEDS_ADMISSION'],
    ['simple for a deaf defendant', { procedure: 'simple', anyBlindDeafMuteOrMentallyIll: true }, 'CRIMINAL_PROCEDURE_EXCLUDED_DEFENDANT'],
    ['simple for a juvenile', { procedure: 'simple', anyJuvenile: true }, null],
    ['simple, possible life sentence', { procedure: 'simple', possibleSentence: 'lifeOrDeath' }, 'CRIMINAL_PROCEDURE_EXCLUDED_SENTENCE'],
    ['fast track up to 3 years with a plea', { procedure: 'fastTrack' }, null],
    ['fast track over 3 years', { procedure: 'fastTrack', possibleSentence: 'over3Years' }, 'FAST_TRACK_SENTENCE_TOO_HIGH'],
    ['fast track without accepting punishment', { procedure: 'fastTrack', allAcceptPunishment: false }, 'FAST_TRACK_NEEDS_PLEA'],
    ['fast track for a juvenile', { procedure: 'fastTrack', anyJuvenile: true }, 'FAST_TRACK_JUVENILE'],
    ['fast track in a private prosecution', { procedure: 'fastTrack', prosecution: 'private' }, 'FAST_TRACK_PUBLIC_ONLY'],
  ])('%s', (_, facts, code) => {
    expect(refusalCode(() => checkProcedureChoice({ ...base, ...facts }))).toBe(code);
  });
});

describe('the 审限 the procedure brings (rules.md §2.5)', () => {
  test.each<[string, Partial<ProcedureFacts>, string, string]>([
    ['public, ordinary: 2 months (CrPL art 208)', {}, 'criminalFirstInstance', 'ordinary'],
    ['private, defendant detained: as public', { prosecution: 'private' }, 'criminalFirstInstance', 'ordinary'],
    ['private, none detained: 6 months (CrPL art 212)', { prosecution: 'private', anyDetained: false }, 'criminalPrivateNotDetained', 'privateNotDetained'],
    ['simple: 20 days (CrPL art 220)', { procedure: 'simple' }, 'criminalSimple', 'simple'],
    ['simple, over 3 years: 1.5 months', { procedure: 'simple', possibleSentence: 'over3Years' }, 'criminalSimpleOver3Years', 'simpleOver3Years'],
    ['private, simple, not detained: 20 days', { procedure: 'simple', prosecution: 'private', anyDetained: false }, 'criminalSimple', 'simple'],
    ['fast track up to 1 year: 10 days (CrPL art 225)', { procedure: 'fastTrack', possibleSentence: 'upTo1Year' }, 'criminalFastTrack', 'fastTrack'],
    ['fast track over 1 year: 15 days', { procedure: 'fastTrack' }, 'criminalFastTrackOver1Year', 'fastTrackOver1Year'],
  ])('%s', (_, facts, limit, variant) => {
    const f = { ...base, ...facts };
    expect(criminalTrialProcedure(f)).toBe(limit);
    expect(criminalProcedureVariant(f)).toBe(variant);
    expect(trialProcedureFor('刑初', variant)).toBe(limit);
    expect(procedureOfVariant(variant)).toBe(f.procedure);
  });
});

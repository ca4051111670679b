// Events every first-instance trial type shares beyond the trial itself: conversion to ordinary procedure, the appeal
// that opens (or joins) the second instance, and the appellee's defence before the file goes up.
import type { BilingualMessage } from '../errors/domainError';
import { event } from './defineCaseType';
import { AppealInput, ChangeProcedureInput, ReceiveAppealDefenceInput } from './eventInputs';
import { appealIsAvailable, onlySimpleProceduresConvert } from './guards';
import type { TrialNode } from './trialEvents';

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// CPL-Interp art 258; ALL-Interp art 105: the limit then runs from the original registration.
export const convertToOrdinary = event<TrialNode, typeof ChangeProcedureInput>({
  label: label('转为普通程序', 'Convert to ordinary procedure'),
  from: ['assigned', 'hearingScheduled', 'heard'],
  to: null,
  by: ['judge'],
  input: ChangeProcedureInput,
  guards: [onlySimpleProceduresConvert],
  effects: ['changeProcedure', 'chargeFeeBalance'],
});

export const appealEvents = {
  appeal: event<TrialNode, typeof AppealInput>({
    label: label('提起上诉', 'Appeal'),
    from: ['closed'],
    to: null,
    by: ['party', 'lawyer'],
    input: AppealInput,
    guards: [appealIsAvailable],
    effects: ['openOrJoinAppeal'],
  }),
  // CPL-2023 art 174 (ALL art 101 for administrative cases): the defence ends the appellee's period; with every
  // defence in, the file goes up within 5 days.
  receiveAppealDefence: event<TrialNode, typeof ReceiveAppealDefenceInput>({
    label: label('收到上诉答辩状', "Receive the appellee's defence"),
    from: ['closed'],
    to: null,
    by: ['courtClerk', 'judgeAssistant', 'judge'],
    input: ReceiveAppealDefenceInput,
    effects: ['receiveAppealDefence'],
  }),
};

// 民特 (司法确认): the parties' joint application to confirm a mediation agreement (CPL-2023 arts 205–206;
// CPL-Interp arts 352–358): registered or refused at filing, decided by a single judge within 30 days, no fee.
import type { BilingualMessage } from '../errors/domainError';
import { defineCaseType, event } from './defineCaseType';
import { RecordServiceInput, ServeOnPlatformInput } from './eventInputs';
import { platformServiceFitsTheCase, serviceFitsTheCase } from './guards';
import { AcceptConfirmationInput, RejectConfirmationInput, RuleOnConfirmationInput } from './mediationInputs';

export const CONFIRMATION_NODES = ['submitted', 'rejected', 'assigned', 'closed'] as const;
export type ConfirmationNode = (typeof CONFIRMATION_NODES)[number];

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const judicialConfirmationCase = defineCaseType<ConfirmationNode>({
  code: '民特',
  label: label('司法确认', 'Judicial confirmation'),
  nodes: CONFIRMATION_NODES,
  nodeLabels: {
    submitted: label('待审查立案', 'Awaiting filing review'),
    rejected: label('不予受理', 'Not admitted'),
    assigned: label('已立案，独任审查中', 'Registered, before a single judge'),
    closed: label('已结案', 'Closed'),
  },
  initial: 'submitted',
  terminal: ['rejected', 'closed'],
  filingNodes: ['submitted', 'rejected'],
  events: {
    // CPL-2023 art 185: the special procedure is before a single judge, named at registration.
    acceptConfirmation: event({
      label: label('登记立案并指定审判员', 'Register and name the judge'),
      from: ['submitted'],
      to: 'assigned',
      by: ['filingClerk'],
      input: AcceptConfirmationInput,
      effects: ['registerConfirmation'],
    }),
    // CPL-Interp art 355: status relations, ownership of real rights or IP, other procedures are not confirmed.
    rejectConfirmation: event({
      label: label('裁定不予受理', 'Refuse to register'),
      from: ['submitted'],
      to: 'rejected',
      by: ['filingClerk'],
      input: RejectConfirmationInput,
      effects: ['rejectConfirmation'],
    }),
    // CPL-2023 art 206; CPL-Interp art 358: confirmed valid, or the application dismissed on its grounds.
    ruleOnConfirmation: event({
      label: label('作出确认裁定', 'Rule on the application'),
      from: ['assigned'],
      to: 'closed',
      by: ['judge'],
      input: RuleOnConfirmationInput,
      effects: ['ruleOnConfirmation'],
    }),
    recordService: event({
      label: label('登记送达', 'Record service'),
      from: ['closed'],
      to: null,
      by: ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge'],
      input: RecordServiceInput,
      guards: [serviceFitsTheCase],
      effects: ['recordService'],
    }),
    serveOnPlatform: event({
      label: label('平台电子送达', 'Serve on the platform'),
      from: ['closed'],
      to: null,
      by: ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge'],
      input: ServeOnPlatformInput,
      guards: [platformServiceFitsTheCase],
      effects: ['serveOnPlatform'],
    }),
  },
});

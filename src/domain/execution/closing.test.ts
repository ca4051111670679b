import { describe, expect, test } from 'vitest';
import { citationLabel, formatCitationKey } from '../citations/citations';
import { EXECUTION_CLOSING_METHODS, EXECUTION_CLOSING_RULES, isSuspensionGround, isTerminationGround, SUSPENSION_GROUND_LABELS, SUSPENSION_GROUNDS, TERMINATION_GROUND_LABELS, TERMINATION_GROUNDS } from './closing';

describe('how an execution case ends (rules.md §5.3, §5.8; CPL-2023 arts 267–269)', () => {
  test('the six closing methods, in Chinese as the court names them', () => {
    expect(EXECUTION_CLOSING_METHODS.map((m) => EXECUTION_CLOSING_RULES[m].label['zh-CN'])).toEqual(['执行完毕', '终结本次执行程序', '终结执行', '销案', '不予执行', '驳回申请']);
    for (const m of EXECUTION_CLOSING_METHODS) {
      expect(EXECUTION_CLOSING_RULES[m].method).toBe(m);
      expect(EXECUTION_CLOSING_RULES[m].label.en).toMatch(/^[A-Z]/);
      expect(citationLabel(EXECUTION_CLOSING_RULES[m].source)['zh-CN']).toMatch(/^《/);
    }
  });

  test('only 终本 leaves the debt open for restoration (CPL-Interp art 517); only 终结执行 needs an art 268 ground', () => {
    expect(EXECUTION_CLOSING_METHODS.filter((m) => EXECUTION_CLOSING_RULES[m].restorable)).toEqual(['currentRoundEnded']);
    expect(EXECUTION_CLOSING_METHODS.filter((m) => EXECUTION_CLOSING_RULES[m].needsGround)).toEqual(['terminated']);
  });

  test('art 268 has six grounds for termination and art 267 five for suspension, each citing its item', () => {
    expect(TERMINATION_GROUNDS.map((g) => TERMINATION_GROUND_LABELS[g].source)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `CPL-2023 art 268(${i})`));
    expect(SUSPENSION_GROUNDS.map((g) => SUSPENSION_GROUND_LABELS[g].source)).toEqual([1, 2, 3, 4, 5].map((i) => `CPL-2023 art 267(${i})`));
    expect(formatCitationKey('CPL-2023 art 268(4)')).toEqual({ 'zh-CN': '《民事诉讼法》第二百六十八条第四项', en: 'Civil Procedure Law, art. 268(4)' });
    expect(TERMINATION_GROUND_LABELS.maintenanceCreditorDied['zh-CN']).toBe('追索赡养费、扶养费、抚养费案件的权利人死亡');
    expect(SUSPENSION_GROUND_LABELS.applicantAgreesToDefer['zh-CN']).toBe('申请人表示可以延期执行');
  });

  test('grounds are recognised by their codes', () => {
    expect(isTerminationGround('titleRevoked')).toBe(true);
    expect(isTerminationGround('applicantAgreesToDefer')).toBe(false);
    expect(isSuspensionGround('applicantAgreesToDefer')).toBe(true);
  });
});

import { describe, expect, test } from 'vitest';
import { DEFAULT_TEMPLATES, DOCUMENT_KINDS, documentKindsFor, fillTemplate, unknownFields } from './templates';

describe('document templates', () => {
  test('every default template uses only known fields', () => {
    for (const k of DOCUMENT_KINDS) expect(unknownFields(DEFAULT_TEMPLATES[k])).toEqual([]);
  });

  test('a template is filled from the case; a field the case lacks reads ____', () => {
    const t = { title: '{{caseNumber}} 通知', body: '{{recipient}}：\n\n请于{{feeDueOn}}前交纳。' };
    expect(fillTemplate(t, { caseNumber: '（2026）吉0102民初1号', recipient: '张三' })).toEqual({ title: '（2026）吉0102民初1号 通知', paragraphs: ['张三：', '请于____前交纳。'] });
  });

  test('a misspelt field is reported', () => {
    expect(unknownFields({ title: 'x', body: '{{caseNumbr}} {{courtName}} {{ caseNumbr }}' })).toEqual(['caseNumbr']);
  });
});

test('a mediation matter has its agreement template, a trial case its notices and rulings', () => {
  expect(documentKindsFor('民诉前调')).toEqual(['mediationAgreement']);
  expect(documentKindsFor('民初')).toContain('summons');
  expect(documentKindsFor('民初')).not.toContain('mediationAgreement');
  expect(documentKindsFor('民特')).toEqual(['confirmationRuling', 'confirmationDismissal']);
  expect(unknownFields(DEFAULT_TEMPLATES.mediationAgreement)).toEqual([]);
});

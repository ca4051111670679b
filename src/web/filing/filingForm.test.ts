// The filing form's answer on pre-litigation mediation reaches the API as the filer gave it, and only then.
import { describe, expect, test } from 'vitest';
import { toFilingContent, type FilingFormValues } from './filingForm';

const values = (over: Partial<FilingFormValues> = {}): FilingFormValues => ({
  causeId: { value: 7, label: '民间借贷纠纷' },
  parties: [
    { standing: 'plaintiff', kind: 'person', name: '张三', isSelf: true },
    { standing: 'defendant', kind: 'person', name: '李四' },
  ],
  claims: ['判令被告偿还借款', ' '],
  facts: '借款未还',
  ...over,
});

describe('mediationConsent (CPL-2023 art 125)', () => {
  test.each([
    ['accepted', true, true],
    ['refused', false, false],
    ['not asked (correcting a filing keeps the answer given)', undefined, undefined],
  ])('%s → %s', (_, consent, sent) => {
    const content = toFilingContent(values({ mediationConsent: consent }), 'party');
    expect(content.mediationConsent).toBe(sent);
    expect('mediationConsent' in content).toBe(sent !== undefined);
  });
});

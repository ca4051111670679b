import { describe, expect, test } from 'vitest';
import { lengthText, step, traceText } from './trace';

describe('a trace as one line', () => {
  const steps = [step('立案日：2026-03-02（《审限规定》第八条）', 'Registered on 2026-03-02 (TL-2000 art 8)'), step('审限3个月 → 2026-06-02', '3 months → 2026-06-02'), step('届满日为工作日', 'The last day is a working day')];

  test('arrows between steps, no space after full-width punctuation, the closing remark after a semicolon', () => {
    expect(traceText(steps, 'zh-CN')).toBe('立案日：2026-03-02（《审限规定》第八条）→ 审限3个月 → 2026-06-02；届满日为工作日');
    expect(traceText(steps, 'en')).toBe('Registered on 2026-03-02 (TL-2000 art 8) → 3 months → 2026-06-02; the last day is a working day');
  });

  test('one step is itself; none is empty; acronyms keep their capitals', () => {
    expect(traceText(steps.slice(0, 1), 'zh-CN')).toBe('立案日：2026-03-02（《审限规定》第八条）');
    expect(traceText([], 'en')).toBe('');
    expect(traceText([step('甲', 'A'), step('乙', 'CPL-2023 applies')], 'en')).toBe('A; CPL-2023 applies');
  });

  test.each([
    [{ days: 1 }, '1日', '1 day'],
    [{ days: 15 }, '15日', '15 days'],
    [{ months: 1 }, '1个月', '1 month'],
    [{ years: 2 }, '2年', '2 years'],
  ])('%j reads %s / %s', (length, zh, en) => expect(lengthText(length)).toEqual({ 'zh-CN': zh, en }));
});

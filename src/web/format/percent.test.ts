import { expect, test } from 'vitest';
import { percentText } from './percent';

test.each([
  ['0.025', '2.5%'], ['0.02', '2%'], ['0.015', '1.5%'], ['0.01', '1%'], ['0.009', '0.9%'], ['0.005', '0.5%'], ['0.0005', '0.05%'], ['1', '100%'], ['1/3', '1/3'],
])('%s reads %s', (rate, text) => expect(percentText(rate)).toBe(text));

import { describe, expect, test } from 'vitest';
import { findPdfFont } from './renderPdf';

describe('the CJK font for PDF', () => {
  test('the configured path first, else the Debian Noto CJK fonts, else none', () => {
    const only = (...paths: string[]) => (p: string) => paths.includes(p);
    expect(findPdfFont({ path: '/fonts/my.ttc', name: 'MyFont' }, only('/fonts/my.ttc'))).toEqual({ path: '/fonts/my.ttc', name: 'MyFont' });
    expect(findPdfFont({ path: '/fonts/missing.ttf', name: undefined }, only('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'))).toBeNull();
    expect(findPdfFont({ path: undefined, name: undefined }, only('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'))).toEqual({ path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' });
    expect(findPdfFont({ path: undefined, name: undefined }, only())).toBeNull();
  });
});

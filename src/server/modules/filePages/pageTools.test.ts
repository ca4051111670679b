import { describe, expect, test } from 'vitest';
import { isEncryptedPdfError, isMissingLanguage, parsePdfInfo, ToolFailed } from './pageTools';

describe('poppler and Tesseract output', () => {
  test('pdfinfo gives the page count and each page\'s size in points', () => {
    const out = 'Producer:        PDFKit\nPages:           2\nEncrypted:       no\nPage    1 size:  595.28 x 841.89 pts (A4)\nPage    1 rot:   0\nPage    2 size:  420 x 120 pts\nFile size:       58227 bytes\n';
    const info = parsePdfInfo(out)!;
    expect(info.pages).toBe(2);
    expect(info.sizes.get(1)).toEqual([595.28, 841.89]);
    expect(info.sizes.get(2)).toEqual([420, 120]);
  });

  test('output without a page count is not a PDF\'s', () => {
    expect(parsePdfInfo('Syntax Error: Couldn\'t read xref table')).toBeNull();
  });

  test('an open password and a missing language are told apart from other failures', () => {
    expect(isEncryptedPdfError(new ToolFailed('pdfinfo', 1, 'Command Line Error: Incorrect password\n'))).toBe(true);
    expect(isEncryptedPdfError(new ToolFailed('pdfinfo', 1, "Syntax Error: Couldn't find trailer dictionary"))).toBe(false);
    expect(isMissingLanguage(new ToolFailed('tesseract', 1, "Failed loading language 'chi_sim'\nTesseract couldn't load any languages!"))).toBe(true);
    expect(isMissingLanguage(new ToolFailed('tesseract', 1, 'Error in pixReadStream: Unknown format'))).toBe(false);
  });
});

// Upload type check by content (magic bytes), not by the name or the browser's claim.

export type AllowedFileType = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'docx';

export const MIME_OF: Record<AllowedFileType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const EXTENSIONS: Record<AllowedFileType, readonly string[]> = { pdf: ['.pdf'], png: ['.png'], jpeg: ['.jpg', '.jpeg'], tiff: ['.tif', '.tiff'], docx: ['.docx'] };

export function detectFileType(head: Buffer): AllowedFileType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  // Scanners' TIFF, little- (II*\0) or big-endian (MM\0*).
  if (head.subarray(0, 4).equals(Buffer.from('II*\0', 'latin1')) || head.subarray(0, 4).equals(Buffer.from('MM\0*', 'latin1'))) return 'tiff';
  // A DOCX is a ZIP; whether it really is a Word document is LibreOffice's to tell (it is opened as Word XML only).
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'docx';
  return null;
}

/** True when the file name's extension agrees with the detected content type. */
export function extensionMatches(fileName: string, type: AllowedFileType): boolean {
  const lower = fileName.toLowerCase();
  return EXTENSIONS[type].some((ext) => lower.endsWith(ext));
}

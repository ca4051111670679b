// A hearing's recording is checked by content (magic bytes) like every upload: common audio and video containers.

export type MediaType = 'mp4' | 'mov' | 'm4a' | 'webm' | 'mkv' | 'ogg' | 'mp3' | 'wav' | 'flac' | 'aac' | 'amr';

export const MEDIA_MIME: Record<MediaType, string> = {
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  m4a: 'audio/mp4',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  aac: 'audio/aac',
  amr: 'audio/amr',
};

const EXTENSIONS: Record<MediaType, readonly string[]> = {
  mp4: ['.mp4', '.m4v'],
  mov: ['.mov'],
  m4a: ['.m4a', '.mp4'],
  webm: ['.webm'],
  mkv: ['.mkv', '.webm'],
  ogg: ['.ogg', '.oga', '.ogv', '.opus'],
  mp3: ['.mp3'],
  wav: ['.wav'],
  flac: ['.flac'],
  aac: ['.aac'],
  amr: ['.amr'],
};

export function detectMediaType(head: Buffer): MediaType | null {
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1');
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'qt  ') return 'mov';
    if (brand.startsWith('M4A') || brand.startsWith('M4B')) return 'm4a';
    return 'mp4';
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return head.includes(Buffer.from('webm', 'latin1')) ? 'webm' : 'mkv';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(0, 4) === 'fLaC') return 'flac';
  if (ascii(0, 5) === '#!AMR') return 'amr';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  // Frame sync: MPEG audio layer III (0xFFE?/0xFFF? with layer bits 01) vs AAC ADTS (layer bits 00).
  if (head[0] === 0xff && head.length > 1 && (head[1]! & 0xe0) === 0xe0) return (head[1]! & 0x06) === 0 ? 'aac' : 'mp3';
  return null;
}

export function mediaExtensionMatches(fileName: string, type: MediaType): boolean {
  const lower = fileName.toLowerCase();
  return EXTENSIONS[type].some((ext) => lower.endsWith(ext));
}

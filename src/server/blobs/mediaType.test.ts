import { describe, expect, test } from 'vitest';
import { detectMediaType, mediaExtensionMatches } from './mediaType';

const b = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('a recording is recognised by its content', () => {
  test.each([
    [b([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0]), 'mp4'],
    [b([0, 0, 0, 0x14], 'ftypqt  '), 'mov'],
    [b([0, 0, 0, 0x20], 'ftypM4A '), 'm4a'],
    [b([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'webm'],
    [b([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'), 'mkv'],
    [b('OggS', [0, 2]), 'ogg'],
    [b('RIFF', [0, 0, 0, 0], 'WAVEfmt '), 'wav'],
    [b('fLaC', [0]), 'flac'],
    [b('#!AMR\n'), 'amr'],
    [b('ID3', [4, 0]), 'mp3'],
    [b([0xff, 0xfb, 0x90, 0x64]), 'mp3'],
    [b([0xff, 0xf1, 0x50, 0x80]), 'aac'],
  ])('%#: %s', (head, type) => {
    expect(detectMediaType(head)).toBe(type);
  });

  test('documents, images and noise are not recordings', () => {
    for (const head of [b('%PDF-1.4'), b([0x89, 0x50, 0x4e, 0x47]), b([0xff, 0xd8, 0xff, 0xe0]), b('RIFF', [0, 0, 0, 0], 'AVI '), b('PK', [3, 4]), b('')]) expect(detectMediaType(head)).toBeNull();
  });

  test('the file name must agree with the content', () => {
    expect(mediaExtensionMatches('庭审录像.MP4', 'mp4')).toBe(true);
    expect(mediaExtensionMatches('庭审录音.wav', 'mp3')).toBe(false);
  });
});

// File sizes and content fingerprints as people read them.

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The first 12 hex digits of a SHA-256 are enough to compare a file by eye. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

// The text of a DOCX file, paragraph by paragraph, read from its word/document.xml (for asserting on generated notices).
import JSZip from 'jszip';

export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescape(m[1] ?? ''))).join(''),
  );
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await docxParagraphs(bytes)).join('\n');
}

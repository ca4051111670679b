// Receipts typed or pasted one per line ("number,result,date") into what POST /service-centre/receipts takes.
const RECEIPT_WORDS: Record<string, 'signed' | 'returned' | 'failed'> = { 签收: 'signed', signed: 'signed', 退回: 'returned', returned: 'returned', 未送达: 'failed', failed: 'failed' };

/** Lines "number,result,date" → the receipts the API takes; the first bad line is named, nothing is sent. */
export function parseReceiptLines(text: string, today: string): { items: { trackingNo: string; outcome: 'signed' | 'returned' | 'failed'; on: string }[] } | { badLine: number } {
  const items = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    const [no, word, on] = lines[i]!.split(/[,，\s]+/);
    const outcome = word ? RECEIPT_WORDS[word] : undefined;
    const date = on ?? today;
    if (!no || !outcome || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { badLine: i + 1 };
    items.push({ trackingNo: no, outcome, on: date });
  }
  return { items };
}

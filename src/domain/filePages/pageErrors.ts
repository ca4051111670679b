// Why a file or one of its pages could not be read: a stable code and a message in zh-CN and English that says what
// to do next. Stored on the file's or the page's row; the upload itself is never affected.
import type { BilingualMessage } from '../errors/domainError';

export interface PageProblem {
  code: string;
  messages: BilingualMessage;
}

const p = (code: string, zh: string, en: string): PageProblem => ({ code, messages: { 'zh-CN': zh, en } });

export const PAGE_PROBLEMS = {
  ocrUnavailable: p(
    'OCR_UNAVAILABLE',
    '服务器未安装文字识别（tesseract-ocr 与 tesseract-ocr-chi-sim），此页暂无文字；安装后可重新识别。',
    'Text recognition is not installed on the server (tesseract-ocr and tesseract-ocr-chi-sim), so this page has no text yet; it can be read again once they are installed.',
  ),
  pdfToolsUnavailable: p(
    'PDF_TOOLS_UNAVAILABLE',
    '服务器未安装 PDF 分页工具（poppler-utils），暂不能拆分此文件；安装后可重新处理。',
    'The PDF tools (poppler-utils) are not installed on the server, so this file cannot be split into pages yet; it can be processed again once they are installed.',
  ),
  docxUnreadable: p('DOCX_UNREADABLE', '该 DOCX 文件无法打开（已损坏、加密或并非 Word 文档）；请另存为 PDF 或重新导出后上传。', 'This DOCX cannot be opened (damaged, encrypted or not a Word document); save it as PDF or export it again and upload it.'),
  docxConverterUnavailable: p(
    'DOCX_CONVERTER_UNAVAILABLE',
    '服务器未安装文档转换（LibreOffice，libreoffice-writer-nogui），暂不能读取此 DOCX 的页面；安装后可重新处理。',
    'Document conversion (LibreOffice, libreoffice-writer-nogui) is not installed on the server, so the pages of this DOCX cannot be read yet; it can be processed again once it is installed.',
  ),
  pdfEncrypted: p('PDF_ENCRYPTED', '该 PDF 已加密（设有打开密码），无法读取；请上传未加密的文件。', 'This PDF is encrypted (it has an open password) and cannot be read; upload an unencrypted copy.'),
  pdfCorrupt: p('PDF_UNREADABLE', '该 PDF 文件已损坏或格式不正确，无法拆分页面；请重新扫描或重新导出后上传。', 'This PDF is damaged or not a valid PDF, so its pages cannot be read; scan or export it again and upload the new file.'),
  imageUnreadable: p('IMAGE_UNREADABLE', '该图片无法读取（文件损坏或格式不支持）；请重新扫描后上传。', 'This image cannot be read (damaged or an unsupported format); scan it again and upload the new file.'),
  imageTooLarge: p('IMAGE_TOO_LARGE', '图片像素尺寸过大，超过处理上限；请以 300 dpi 重新扫描或缩小后上传。', 'The image has too many pixels to process; scan it again at 300 dpi or reduce it, then upload it.'),
  pageTooLarge: p('PAGE_TOO_LARGE', '此页尺寸过大，无法按可识别的分辨率渲染；请拆分或缩小后重新上传。', 'This page is too large to render at a readable resolution; split or reduce it and upload it again.'),
  ocrFailed: p('OCR_FAILED', '此页文字识别失败，可稍后重新识别；如仍失败，请重新扫描此页。', 'Text recognition of this page failed; read it again later, and rescan the page if it fails again.'),
  timedOut: p('PAGE_TIMED_OUT', '此页处理超时，可稍后重新识别；如仍失败，请重新扫描此页。', 'Reading this page took too long; read it again later, and rescan the page if it fails again.'),
} as const satisfies Record<string, PageProblem>;

export type PageProblemKey = keyof typeof PAGE_PROBLEMS;

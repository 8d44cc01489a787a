// PDF → text per page, through pdf-parse (pdf.js). Loaded only when a PDF arrives.
import { PDFParse } from 'pdf-parse';
import { lineStartsOf, type Source } from './source.js';

export interface PdfReadOptions {
  name: string | null;
  sha256: string;
  password?: string | undefined;
  maxPages?: number | undefined;
  timeoutMs?: number | undefined;
}

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions): Promise<Source> {
  const parser = new PDFParse({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, ...(options.password ? { password: options.password } : {}) });
  try {
    const result = await parser.getText();
    const pageStarts: number[] = [];
    let text = '';
    for (const page of result.pages) {
      pageStarts.push(text.length);
      text += `${page.text}\n`;
    }
    return { name: options.name, format: 'pdf', encoding: 'pdf', sha256: options.sha256, text, lineStarts: lineStartsOf(text), pageStarts, messages: [] };
  } finally {
    await parser.destroy();
  }
}

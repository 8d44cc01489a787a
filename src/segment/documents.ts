// Documents attached to an item: the attachment link of a ModernGov title ("Regional Care
// Co-operative pdf icon PDF 125 KB"), and entries listed under "Documents:" or "Additional
// documents:" ("Annual report (PDF, 125 KB)", "4A - 12-12-22.pdf").
import type { AttachedDocument } from '../model/schema.js';
import { trimEndChars } from './shape.js';
import { attachmentArtefact, documentEntry } from './vocabulary.js';

/** A title without its attachment link, and the document the link stands for. */
export function splitAttachment(title: string): { title: string; document: AttachedDocument | null } {
  const artefact = attachmentArtefact.exec(title);
  if (!artefact) return { title, document: null };
  const bare = title.slice(0, artefact.index).trim();
  return { title: bare, document: { title: bare, format: artefact[2]!.toUpperCase(), size: artefact[3]!.replace(/\s+/g, ' ') } };
}

/** A listed document, or null when the entry does not read as one. */
export function readDocumentEntry(entry: string): AttachedDocument | null {
  const linked = splitAttachment(entry);
  if (linked.document) return linked.document;
  const m = documentEntry.exec(entry);
  if (!m) return null;
  const format = m[1] ?? m[3];
  if (format) {
    // "Annual report (PDF, 125 KB)", "Report (PDF file, opens in a new window)".
    const title = trimEndChars(entry.slice(0, m.index), ' ');
    return title ? { title, format: format.toUpperCase(), size: m[2]?.replace(/\s+/g, ' ') ?? null } : null;
  }
  const extension = entry.slice(entry.lastIndexOf('.') + 1);
  return { title: entry, format: extension.toUpperCase(), size: null };
}

/** How `minutes` writes a document in Markdown (and reads it back with readDocumentEntry). */
export function documentLabel(document: AttachedDocument): string {
  const details = [document.format, document.size].filter(Boolean).join(', ');
  return details ? `${document.title} (${details})` : document.title;
}

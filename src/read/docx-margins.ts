// What Word prints in the margins of the first page: its header (a letterhead: the council's
// name, the clerk's address) above the body, and its footer below it. The converter reads the
// body only; these are read here, so that no text the document prints is lost. The header that
// page shows is the section's first-page header when the section has one (w:titlePg), else its
// default header; the same for the footer.
import { attribute, numberParagraphs, tags } from './docx-numbering.js';

export interface Margins {
  /** The first page's header, a line per paragraph as printed (numbered as Word numbers it). */
  header: string[];
  footer: string[];
}

/** The part each relationship id of document.xml names ("rId8" → "word/footer1.xml"). */
function targets(relsXml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!relsXml) return out;
  for (const tag of tags(relsXml)) {
    if (tag.name !== 'Relationship' || tag.closing) continue;
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) out.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return out;
}

/** The first section's header and footer references by type, and whether its first page has its own. */
function firstSection(documentXml: string): { refs: Map<string, string>; titlePage: boolean } {
  const refs = new Map<string, string>();
  let inSection = false;
  let titlePage = false;
  for (const tag of tags(documentXml)) {
    if (tag.name === 'w:sectPr') {
      if (tag.closing) break;
      inSection = !tag.selfClosing;
      if (tag.selfClosing) break;
      continue;
    }
    if (!inSection || tag.closing) continue;
    if (tag.name === 'w:headerReference' || tag.name === 'w:footerReference') {
      const id = attribute(tag, 'r:id');
      if (id) refs.set(`${tag.name === 'w:headerReference' ? 'header' : 'footer'} ${attribute(tag, 'w:type') ?? 'default'}`, id);
    } else if (tag.name === 'w:titlePg') titlePage = !/^(?:0|false|off)$/.test(attribute(tag, 'w:val') ?? '');
  }
  return { refs, titlePage };
}

export function pageMargins(xml: (name: string) => string | null): Margins {
  const documentXml = xml('word/document.xml')!;
  const { refs, titlePage } = firstSection(documentXml);
  const parts = targets(xml('word/_rels/document.xml.rels'));
  const linesOf = (kind: 'header' | 'footer'): string[] => {
    const id = (titlePage ? refs.get(`${kind} first`) : undefined) ?? refs.get(`${kind} default`);
    const part = id ? parts.get(id) : undefined;
    const partXml = part ? xml(part) : null;
    if (!partXml) return [];
    return numberParagraphs(partXml, xml('word/numbering.xml'), xml('word/styles.xml'))
      .map((p) => (p.label ? `${p.label} ${p.text}` : p.text).replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
  };
  return { header: linesOf('header'), footer: linesOf('footer') };
}

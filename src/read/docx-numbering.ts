// Word's automatic numbering, as Word prints it. A paragraph is numbered through its own
// properties (`w:numPr`) or its style's (a multilevel list linked to Heading 1, Heading 2, …);
// the number is not in the text but computed from numbering.xml: per list, a counter per level,
// each level with its format (decimal, letters, roman numerals) and its text ("%1.%2"). Converters
// (mammoth among them) turn numbered paragraphs into HTML lists and drop the numbers, so the
// Word reader computes them here and puts them back in front of their paragraphs.
//
// The XML is read with a scanner of tags: these parts are machine-written, and only a few
// elements and attributes matter.

export interface NumberedParagraph {
  /** The paragraph's own text (its w:t runs), to line it up with the converter's paragraphs. */
  text: string;
  /** The number as Word prints it ("4.", "5.1", "a)"), or null when the paragraph has none (or a bullet). */
  label: string | null;
}

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
  style: string | null;
  /** w:lvlRestart: the level (from 1) whose use starts this one again; 0 never; null after any shallower level. */
  restart: number | null;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: string;
  /** Offsets of the tag in the XML. */
  start: number;
  end: number;
}

/**
 * Elements whose content is not the document as it now is, or not what the converter reads: what a
 * tracked change says the properties were before (`w:pPrChange`, `w:rPrChange`, …: a paragraph
 * numbered before the change and not after it is not numbered), text deleted or moved away, and
 * the first of the two copies Word keeps of a text box (`mc:Choice`; converters read `mc:Fallback`).
 */
const NOT_READ = /Change$|^mc:Choice$|^w:moveFrom$|^w:del$/;

/** The tags of a part, in order, without the content of the elements above. */
export function* tags(xml: string): Generator<Tag> {
  const pattern = /<(\/?)([\w:.-]+)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let skipping: string | null = null;
  let depth = 0;
  for (const m of xml.matchAll(pattern)) {
    const tag = { name: m[2]!, closing: m[1] === '/', selfClosing: m[4] === '/', attributes: m[3]!, start: m.index, end: m.index + m[0].length };
    if (skipping !== null) {
      if (tag.name === skipping && !tag.selfClosing) depth += tag.closing ? -1 : 1;
      if (depth === 0) skipping = null;
      continue;
    }
    if (!tag.closing && !tag.selfClosing && NOT_READ.test(tag.name)) {
      skipping = tag.name;
      depth = 1;
      continue;
    }
    yield tag;
  }
}

export function attribute(tag: Tag, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag.attributes);
  return m ? (m[1] ?? m[2]!) : null;
}

const decodeXml = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
  );

interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** abstractNumId → the numbering style it takes its levels from (w:numStyleLink). */
  styleLinks: Map<string, string>;
  /** numId → abstractNumId, start overrides by level, and levels the instance defines anew (w:lvlOverride/w:lvl). */
  nums: Map<string, { abstractId: string; overrides: Map<number, number>; levels: Map<number, Level> }>;
}

function readNumbering(xml: string): Numbering {
  const numbering: Numbering = { abstract: new Map(), styleLinks: new Map(), nums: new Map() };
  let abstractId: string | null = null;
  let level: Level | null = null;
  let ilvl = 0;
  let numId: string | null = null;
  let overrideLevel: number | null = null;
  for (const tag of tags(xml)) {
    const val = attribute(tag, 'w:val');
    if (tag.closing) {
      if (tag.name === 'w:abstractNum') abstractId = null;
      else if (tag.name === 'w:lvl' && level) {
        if (numId !== null) numbering.nums.get(numId)?.levels.set(ilvl, level);
        else if (abstractId !== null) numbering.abstract.get(abstractId)!.set(ilvl, level);
        level = null;
      } else if (tag.name === 'w:num') numId = null;
      else if (tag.name === 'w:lvlOverride') overrideLevel = null;
      continue;
    }
    switch (tag.name) {
      case 'w:abstractNum':
        abstractId = attribute(tag, 'w:abstractNumId');
        if (abstractId !== null) numbering.abstract.set(abstractId, new Map());
        break;
      case 'w:numStyleLink':
        if (abstractId !== null && val) numbering.styleLinks.set(abstractId, val);
        break;
      case 'w:lvl':
        // A list instance may define a level anew inside its w:lvlOverride.
        if (numId !== null && overrideLevel === null) break;
        ilvl = Number(attribute(tag, 'w:ilvl') ?? overrideLevel ?? 0);
        level = { start: 1, format: 'decimal', text: `%${ilvl + 1}.`, legal: false, style: null, restart: null };
        if (tag.selfClosing) {
          if (numId !== null) numbering.nums.get(numId)?.levels.set(ilvl, level);
          else if (abstractId !== null) numbering.abstract.get(abstractId)!.set(ilvl, level);
          level = null;
        }
        break;
      case 'w:lvlRestart':
        if (level && val !== null) level.restart = Number(val);
        break;
      case 'w:start':
        if (level && val) level.start = Number(val);
        break;
      case 'w:numFmt':
        if (level && val) level.format = val;
        break;
      case 'w:lvlText':
        if (level && val !== null) level.text = val;
        break;
      case 'w:isLgl':
        if (level) level.legal = val !== '0' && val !== 'false';
        break;
      case 'w:pStyle':
        if (level && val) level.style = val;
        break;
      case 'w:num':
        numId = attribute(tag, 'w:numId');
        break;
      case 'w:abstractNumId':
        if (numId !== null && val !== null) numbering.nums.set(numId, { abstractId: val, overrides: new Map(), levels: new Map() });
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(attribute(tag, 'w:ilvl') ?? 0);
        break;
      case 'w:startOverride':
        if (numId !== null && overrideLevel !== null && val) numbering.nums.get(numId)?.overrides.set(overrideLevel, Number(val));
        break;
    }
  }
  return numbering;
}

interface StyleNumbering {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

function readStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let current: StyleNumbering | null = null;
  for (const tag of tags(xml)) {
    if (tag.closing) {
      if (tag.name === 'w:style') current = null;
      continue;
    }
    const val = attribute(tag, 'w:val');
    if (tag.name === 'w:style') {
      const id = attribute(tag, 'w:styleId');
      current = { basedOn: null, numId: null, ilvl: null };
      if (id !== null) styles.set(id, current);
    } else if (current && tag.name === 'w:basedOn') current.basedOn = val;
    else if (current && tag.name === 'w:numId') current.numId = val;
    else if (current && tag.name === 'w:ilvl' && val !== null) current.ilvl = Number(val);
  }
  return styles;
}

const roman = (n: number): string => {
  const digits: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, text] of digits) {
    while (rest >= value) {
      out += text;
      rest -= value;
    }
  }
  return out;
};
/** Word's letters: a … z, then aa … zz, then aaa (the letter repeated). */
const letters = (n: number): string => (n <= 0 ? String(n) : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1));

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** The numbered paragraphs of document.xml, in the order their ends appear (as converters walk them). */
export function numberParagraphs(documentXml: string, numberingXml: string | null, stylesXml: string | null): NumberedParagraph[] {
  const numbering = numberingXml ? readNumbering(numberingXml) : { abstract: new Map(), styleLinks: new Map(), nums: new Map() };
  const styles = stylesXml ? readStyles(stylesXml) : new Map<string, StyleNumbering>();
  /** A level of a list linked to a paragraph style: the style's ilvl when it names none. */
  const levelOfStyle = new Map<string, number>();
  for (const levels of numbering.abstract.values()) for (const [ilvl, level] of levels) if (level.style) levelOfStyle.set(level.style, ilvl);

  const styleNumbering = (styleId: string | null): { numId: string; ilvl: number | null } | null => {
    for (let id = styleId, depth = 0; id !== null && depth < 20; depth++) {
      const style = styles.get(id);
      if (!style) return null;
      if (style.numId !== null) return { numId: style.numId, ilvl: style.ilvl };
      id = style.basedOn;
    }
    return null;
  };
  const levelsOf = (numId: string): { key: string; levels: Map<number, Level>; overrides: Map<number, number> } | null => {
    const num = numbering.nums.get(numId);
    if (!num) return null;
    let abstractId = num.abstractId;
    // A list that takes its levels from a numbering style ("1 / 1.1 / 1.1.1").
    const link = numbering.styleLinks.get(abstractId);
    const linked = link ? numbering.nums.get(styles.get(link)?.numId ?? '') : undefined;
    if (linked) abstractId = linked.abstractId;
    const shared = numbering.abstract.get(abstractId);
    if (!shared) return null;
    const levels = num.levels.size > 0 ? new Map([...shared, ...num.levels]) : shared;
    const own = num.overrides.size > 0 || num.levels.size > 0;
    return { key: own ? `num ${numId}` : `abstract ${abstractId}`, levels, overrides: num.overrides };
  };

  const counters = new Map<string, (number | undefined)[]>();
  const seenNums = new Set<string>();
  const label = (styleId: string | null, numId: string | null, ilvl: number | null): string | null => {
    const fromStyle = numId === null ? styleNumbering(styleId) : null;
    const id = numId ?? fromStyle?.numId ?? null;
    if (id === null || id === '0') return null;
    const list = levelsOf(id);
    if (!list) return null;
    const level = ilvl ?? fromStyle?.ilvl ?? (styleId !== null ? levelOfStyle.get(styleId) : undefined) ?? 0;
    const definition = list.levels.get(level);
    if (!definition || definition.format === 'bullet' || definition.format === 'none') return null;
    const counter = counters.get(list.key) ?? [];
    counters.set(list.key, counter);
    // A list instance that restarts its numbering starts over the first time it is used.
    if (!seenNums.has(id)) {
      seenNums.add(id);
      for (const [l, start] of list.overrides) counter[l] = start - 1;
    }
    counter[level] = (counter[level] ?? (list.levels.get(level)?.start ?? 1) - 1) + 1;
    // Deeper levels start again, unless a level says it restarts only under a shallower one, or never.
    for (let deeper = level + 1; deeper < counter.length; deeper++) {
      const restart = list.levels.get(deeper)?.restart ?? null;
      if (restart === null || restart > deeper || level <= restart - 1) counter[deeper] = undefined;
    }
    return definition.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const value = counter[l] ?? list.levels.get(l)?.start ?? 1;
      return formatNumber(value, definition.legal ? 'decimal' : (list.levels.get(l)?.format ?? 'decimal'));
    });
  };

  // Paragraphs nest (a text box inside a run): each keeps its own properties and text.
  type Open = { styleId: string | null; numId: string | null; ilvl: number | null; text: string; inProperties: boolean; markDeleted: boolean };
  const open: Open[] = [];
  const out: NumberedParagraph[] = [];
  let textFrom = -1;
  // A paragraph whose mark was deleted runs on into the next one, which lends it its properties
  // (as the converter joins them); the paragraphs of a deleted table row are gone.
  let runsOn = '';
  const rows: { inProperties: boolean; deleted: boolean }[] = [];
  for (const tag of tags(documentXml)) {
    const paragraph = open[open.length - 1];
    const row = rows[rows.length - 1];
    if (tag.name === 'w:p') {
      if (tag.closing) {
        const p = open.pop();
        if (!p || rows.some((r) => r.deleted)) continue;
        if (p.markDeleted) runsOn += p.text;
        else {
          out.push({ text: runsOn + p.text, label: label(p.styleId, p.numId, p.ilvl) });
          runsOn = '';
        }
      } else if (tag.selfClosing) out.push({ text: '', label: null });
      else open.push({ styleId: null, numId: null, ilvl: null, text: '', inProperties: false, markDeleted: false });
      continue;
    }
    if (tag.name === 'w:tr' && !tag.selfClosing) {
      if (tag.closing) rows.pop();
      else rows.push({ inProperties: false, deleted: false });
      continue;
    }
    if (tag.name === 'w:trPr' && row && !tag.selfClosing) row.inProperties = !tag.closing;
    if (tag.name === 'w:del' && row?.inProperties) row.deleted = true;
    if (!paragraph) continue;
    const val = attribute(tag, 'w:val');
    if (tag.name === 'w:pPr' && !tag.selfClosing) paragraph.inProperties = !tag.closing;
    else if (tag.name === 'w:t' && !tag.closing && !tag.selfClosing) textFrom = tag.end;
    else if (tag.name === 'w:t' && tag.closing && textFrom >= 0) {
      paragraph.text += decodeXml(documentXml.slice(textFrom, tag.start));
      textFrom = -1;
    } else if (tag.closing) continue;
    // A tab or a line break inside the text (not a tab stop of the paragraph's properties) spaces its words.
    else if ((tag.name === 'w:tab' || tag.name === 'w:br' || tag.name === 'w:cr') && !paragraph.inProperties) paragraph.text += ' ';
    else if (tag.name === 'w:del' && paragraph.inProperties) paragraph.markDeleted = true;
    else if (tag.name === 'w:pStyle') paragraph.styleId = val;
    else if (tag.name === 'w:numId') paragraph.numId = val;
    else if (tag.name === 'w:ilvl' && val !== null) paragraph.ilvl = Number(val);
  }
  return out;
}

// What a web page shows, decided apart from src/extract/html.ts: a walk of parse5's own tree
// that keeps text nodes outside the head, scripts, styles and hidden elements. The measure of
// "no text lost" for HTML inputs, whose source text is their markup.
import { parse as parse5 } from 'parse5';

const hiddenStyle = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const notText = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'img', 'picture', 'canvas', 'audio', 'video', 'map']);

/** The text a browser shows on a page. */
export function visibleText(html: string): string {
  type Node = { nodeName: string; value?: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
  let text = '';
  const stack: Node[] = [parse5(html) as unknown as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') text += node.value;
    if (node.tagName) {
      const attrs = new Map(node.attrs!.map((a) => [a.name, a.value]));
      if (notText.has(node.tagName) || attrs.has('hidden') || attrs.get('aria-hidden') === 'true' || hiddenStyle.test(attrs.get('style') ?? '')) continue;
    }
    for (let i = (node.childNodes ?? []).length - 1; i >= 0; i--) stack.push(node.childNodes![i]!);
  }
  return text;
}

/** How often each visible character occurs (whitespace and invisible characters aside). */
export function characterCounts(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of text.replace(/[\s\u00ad\u200b-\u200d\u2060]/g, '')) map.set(c, (map.get(c) ?? 0) + 1);
  return map;
}

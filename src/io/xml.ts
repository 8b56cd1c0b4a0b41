/**
 * Just enough XML for SpreadsheetML: attribute reading, entity decoding and the `_xHHHH_` escapes
 * OOXML uses for control characters. The reader scans the parts with these instead of building a DOM.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attrPatterns = new Map<string, RegExp>();

/** The value of attribute `name` (with or without a namespace prefix) in a tag's attribute text. */
export function attr(attributes: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attributes);
  if (!m) return undefined;
  return decodeXmlText(m[2] ?? m[3] ?? '');
}

/** Concatenated text of every `<t>` element, leaving out phonetic runs (`<rPh>`). */
export function richText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(withoutPhonetic); m; m = re.exec(withoutPhonetic)) text += decodeXmlText(m[1] ?? '');
  return text;
}

/** Every element `name` (any prefix): its attribute text and inner XML (empty for `<x/>`). */
const elementPatterns = new Map<string, RegExp>();

export function* elements(xml: string, name: string): Generator<{ attributes: string; inner: string }> {
  let cached = elementPatterns.get(name);
  if (!cached) {
    cached = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:\\w+:)?${name}>)`, 'g');
    elementPatterns.set(name, cached);
  }
  const re = new RegExp(cached); // a fresh lastIndex: generators may be nested
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield { attributes: m[1], inner: m[2] ?? '' };
}

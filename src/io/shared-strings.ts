import { richTextUntil } from './sheet-cells';
import { decodeEntities, decodeOoxmlEscapes, normaliseLineEnds, skipMarkupAt, tagEndAt, XmlScanner } from './xml-scan';

/**
 * The shared-string table (`xl/sharedStrings.xml`, ECMA-376 §18.4) in one forward pass: each `<si>`
 * is its text, rich-text runs joined, phonetic runs (`<rPh>`) left out, `_xHHHH_` escapes decoded and
 * CR LF read as LF (as every cell that shows it reads it). The common `<si><t>…</t></si>` is cut out
 * in place; any other item goes to `XmlScanner` at the same position, so the pass stays linear and
 * reads every item as the scanner does.
 */
const PRESERVE_T = '<t xml:space="preserve">';

/** CR LF as LF, as a cell showing the item reads it (a `_x000D_` escape can make one). */
function lf(text: string): string {
  return text.indexOf('\r\n') < 0 ? text : text.replace(/\r\n/g, '\n');
}

export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const scan = new XmlScanner(xml);
  const length = xml.length;
  const failAt = (lt: number): never => {
    scan.seek(lt);
    scan.next();
    throw new Error('unreachable: the scanner refuses the tag');
  };
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const first = xml.charCodeAt(lt + 1);
    if (first === 0x3f || first === 0x21) {
      pos = skipMarkupAt(xml, lt);
      continue;
    }
    if (first === 0x2f) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) failAt(lt);
      pos = gt + 1;
      continue;
    }
    let i = lt + 1;
    let nameStart = i;
    for (; i < length; i++) {
      const code = xml.charCodeAt(i);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x2f || code === 0x3e) break;
      if (code === 0x3a) nameStart = i + 1;
    }
    if (i >= length) failAt(lt);
    const gt = tagEndAt(xml, i);
    if (gt < 0) failAt(lt);
    pos = gt + 1;
    if (i - nameStart !== 2 || xml.charCodeAt(nameStart) !== 0x73 || xml.charCodeAt(nameStart + 1) !== 0x69) continue;
    if (xml.charCodeAt(gt - 1) === 0x2f) {
      strings.push('');
      continue;
    }
    const start = xml.startsWith('<t>', pos) ? pos + 3 : xml.startsWith(PRESERVE_T, pos) ? pos + PRESERVE_T.length : -1;
    // the text up to the next tag, noting whether it holds anything to decode (`&`, CR, `_` of an `_xHHHH_` escape)
    let end = start;
    let plain = true;
    if (start >= 0) {
      for (let code = xml.charCodeAt(end); code !== 0x3c; code = xml.charCodeAt(++end)) {
        if (end >= length) {
          end = -1;
          break;
        }
        if (code === 0x26 || code === 0x0d || code === 0x5f) plain = false;
      }
    }
    if (end >= 0 && xml.startsWith('</t></si>', end)) {
      const raw = xml.slice(start, end);
      strings.push(plain ? raw : lf(decodeOoxmlEscapes(raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : normaliseLineEnds(decodeEntities(raw)))));
      pos = end + 9;
      continue;
    }
    scan.seek(pos);
    strings.push(lf(richTextUntil(scan, 'si')));
    pos = scan.position;
  }
  return strings;
}

import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { at } from '../../src/core/checked';

/**
 * A written .xlsx opened part by part: every XML part parsed by a strict, namespace-aware parser
 * (any well-formedness error throws), as a small element tree for assertions by the spec.
 */
export interface XmlElement {
  /** The qualified name as written, e.g. `c:barChart`. */
  name: string;
  uri: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string, part = 'part'): XmlElement {
  const parser = new SaxesParser({ xmlns: true, fileName: part });
  const root: XmlElement = { name: '#document', uri: '', local: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  // the parser closes only tags it opened, so the document root is always at the bottom
  const open = (): XmlElement => at(stack, stack.length - 1, 'open element');
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    const el: XmlElement = { name: tag.name, uri: tag.uri ?? '', local: tag.local ?? tag.name, attrs, children: [], text: '' };
    open().children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => (open().text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  const top = root.children[0];
  if (!top) throw new Error(`${part} has no root element`);
  return top;
}

export function find(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function first(el: XmlElement, name: string): XmlElement {
  const found = find(el, name)[0];
  if (!found) throw new Error(`no <${name}> in <${el.name}>`);
  return found;
}

/** Attribute `name` of `el`, which the spec requires there. */
export function attr(el: XmlElement, name: string): string {
  const value = el.attrs[name];
  if (value === undefined) throw new Error(`no ${name}="…" on <${el.name}>`);
  return value;
}

export interface XlsxParts {
  names: string[];
  xml(name: string): XmlElement;
  /** The part a sheet's name resolves to through workbook.xml and its relationships. */
  sheetPath(sheet: string): string;
  /** The relationships of a part: id → absolute part name (or the external target). */
  rels(part: string): Map<string, { type: string; target: string }>;
}

export function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export function openXlsx(bytes: Uint8Array): XlsxParts {
  const files = unzipSync(bytes);
  const cache = new Map<string, XmlElement>();
  const xml = (name: string): XmlElement => {
    const data = files[name];
    if (!data) throw new Error(`no part ${name}`);
    let el = cache.get(name);
    if (!el) cache.set(name, (el = parseXml(strFromU8(data), name)));
    return el;
  };
  const rels = (part: string): Map<string, { type: string; target: string }> => {
    const dir = part.split('/').slice(0, -1).join('/');
    const file = part.split('/').pop() as string;
    const relsName = `${dir ? `${dir}/` : ''}_rels/${file}.rels`;
    const out = new Map<string, { type: string; target: string }>();
    if (!files[relsName]) return out;
    for (const r of find(xml(relsName), 'Relationship')) {
      const target = attr(r, 'Target');
      out.set(attr(r, 'Id'), { type: attr(r, 'Type'), target: r.attrs.TargetMode === 'External' ? target : resolveTarget(part, target) });
    }
    return out;
  };
  return {
    names: Object.keys(files),
    xml,
    rels,
    sheetPath(sheet) {
      const tag = find(xml('xl/workbook.xml'), 'sheet').find((s) => s.attrs.name === sheet);
      if (!tag) throw new Error(`no sheet ${sheet}`);
      const rel = rels('xl/workbook.xml').get(attr(tag, 'r:id'));
      if (!rel) throw new Error(`sheet ${sheet} has no relationship`);
      return rel.target;
    },
  };
}

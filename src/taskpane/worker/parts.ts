import { PART_SIZE, PartPath } from './protocol';

/**
 * Large arrays travel in parts: the sender takes them out of the payload (a shallow copy along each
 * path, the sender's own objects are not changed) and sends their items PART_SIZE at a time; the
 * receiver puts them back. One message of 100,000 findings would take the page a second to copy in;
 * fifty messages of 2,000 each take a few milliseconds apiece, between which the page paints.
 */
type Node = Record<string | number, unknown>;

function valueAt(root: unknown, path: PartPath): unknown {
  let node = root;
  for (const key of path) node = node === null || typeof node !== 'object' ? undefined : (node as Node)[key];
  return node;
}

function replacedAt(node: unknown, path: PartPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Node = Array.isArray(node) ? ([...node] as unknown as Node) : { ...(node as Node) };
  copy[head] = replacedAt((node as Node)[head], rest, value);
  return copy;
}

export interface Split<T> {
  shell: T;
  parts: { path: PartPath; items: unknown[] }[];
}

/** The payload with each array at `paths` emptied, and those arrays' items in parts. Short arrays stay. */
export function splitParts<T>(payload: T, paths: readonly PartPath[], size = PART_SIZE): Split<T> {
  let shell: unknown = payload;
  const parts: Split<T>['parts'] = [];
  for (const path of paths) {
    const items = valueAt(payload, path);
    if (!Array.isArray(items) || items.length <= size) continue;
    shell = replacedAt(shell, path, []);
    for (let i = 0; i < items.length; i += size) parts.push({ path, items: items.slice(i, i + size) });
  }
  return { shell: shell as T, parts };
}

/** Puts received parts back into the (received, so owned) shell, in the order they came. */
export function joinParts<T>(shell: T, parts: readonly { path: PartPath; items: readonly unknown[] }[]): T {
  for (const part of parts) {
    const target = valueAt(shell, part.path);
    if (!Array.isArray(target)) throw new Error(`part for a missing array: ${part.path.join('.')}`);
    for (const item of part.items) target.push(item);
  }
  return shell;
}

/** The byte buffers to transfer (not copy) with a message: each one once. */
export function buffersOf(values: readonly (Uint8Array | undefined)[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const v of values) if (v && v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
  return [...buffers];
}

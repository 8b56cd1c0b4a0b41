/**
 * Checked access for indexes the code itself guarantees (a loop bound, a regex group that is not
 * optional, a row the grid's height covers). Where an absent value is possible, code guards it
 * instead; these helpers are for invariants only: a miss is a bug, thrown as an `InvariantError`
 * (the file boundary reports it as that file's `file-corrupt`, never as a silent wrong result).
 */
export class InvariantError extends Error {
  constructor(what: string) {
    super(`broken invariant: ${what}`);
    this.name = 'InvariantError';
  }
}

/** `items[index]`, which the caller knows exists. */
export function at<T>(items: ArrayLike<T>, index: number, what = 'index'): T {
  const item = items[index];
  if (item === undefined) throw new InvariantError(`${what} ${index} out of range 0..${items.length - 1}`);
  return item;
}

/** Capture group `index` of a match whose pattern makes that group always take part. */
export function group(match: RegExpExecArray | RegExpMatchArray, index: number): string {
  const text = match[index];
  if (text === undefined) throw new InvariantError(`regex group ${index} did not take part in /${String(match.input)}/`);
  return text;
}

/** The value of `key` in a map the caller filled for every key it asks. */
export function got<K, V>(map: ReadonlyMap<K, V>, key: K, what = 'key'): V {
  const value = map.get(key);
  if (value === undefined) throw new InvariantError(`${what} ${String(key)} missing`);
  return value;
}

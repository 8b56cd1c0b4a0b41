/**
 * The shared-string ids of the consolidated workbook's short texts (consolidated-xlsx.ts), found by
 * the text: an open-addressing hash table in two typed arrays (a slot's id and the text's hash).
 * It answers as a `Map<string, number>` would (a text is found only if an equal string was added,
 * compared whole; an id is the one it was added with), at a fraction of the cost: a 100,000-row
 * 汇总 adds 100,000 distinct task texts, and a Map spent more on them than writing their cells did.
 */
const FIRST_CAPACITY = 1 << 10;

/** FNV-1a over the UTF-16 units, then mixed so the low bits (the slot) depend on every unit. */
function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

export class TextIds {
  /** Per slot: the id + 1 of the text there, 0 for an empty slot. */
  private slotIds = new Int32Array(FIRST_CAPACITY);
  /** Per slot: the hash of the text there. */
  private slotHashes = new Int32Array(FIRST_CAPACITY);
  private mask = FIRST_CAPACITY - 1;
  private size = 0;

  /**
   * `texts[id]` is the text added with `id` (the shared-strings table itself: ids are its indexes);
   * an entry that is not a string (a text the table makes later) is never equal to a text looked up.
   */
  constructor(private readonly texts: readonly (string | number)[]) {}

  /** The id of `text` if it was added; otherwise `text` is added with `newId`, which is returned. */
  idOf(text: string, newId: number): number {
    const hash = hashOf(text);
    const ids = this.slotIds;
    const hashes = this.slotHashes;
    const mask = this.mask;
    let slot = hash & mask;
    for (let id = ids[slot] ?? 0; id !== 0; id = ids[slot] ?? 0) {
      if (hashes[slot] === hash && this.texts[id - 1] === text) return id - 1;
      slot = (slot + 1) & mask;
    }
    ids[slot] = newId + 1;
    hashes[slot] = hash;
    // at most half full: probes stay short
    if (++this.size * 2 > ids.length) this.grow();
    return newId;
  }

  private grow(): void {
    const oldIds = this.slotIds;
    const oldHashes = this.slotHashes;
    const capacity = oldIds.length * 2;
    const ids = new Int32Array(capacity);
    const hashes = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < oldIds.length; i++) {
      const id = oldIds[i] ?? 0;
      if (id === 0) continue;
      const hash = oldHashes[i] ?? 0;
      let slot = hash & mask;
      while (ids[slot] !== 0) slot = (slot + 1) & mask;
      ids[slot] = id;
      hashes[slot] = hash;
    }
    this.slotIds = ids;
    this.slotHashes = hashes;
    this.mask = mask;
  }
}

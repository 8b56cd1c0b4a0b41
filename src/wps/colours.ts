import { group } from '../core/checked';

/**
 * Colours between the core's `#RRGGBB` and WPS's `Interior.Color`, a BGR number
 * (red + green·256 + blue·65536, as VBA's `RGB()` builds it).
 */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  const channel = (i: number): number => parseInt(group(m, i), 16);
  return channel(1) + channel(2) * 256 + channel(3) * 65536;
}

export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

const PALETTE = [
  '#17b8be',
  '#f8dcA1',
  '#b7885e',
  '#ffcb99',
  '#f89570',
  '#829ae3',
  '#e79fd5',
  '#1e96be',
  '#89dac1',
  '#b3ad9e',
  '#12939a',
  '#ddb27c',
  '#88572c',
  '#ff9833',
  '#ef5d28',
  '#162a65',
];

const cache = new Map<string, string>();

/** Stable colour per service name (hash into a fixed palette, like Jaeger UI's colour generator). */
export function serviceColor(name: string): string {
  let color = cache.get(name);
  if (color === undefined) {
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0;
    color = PALETTE[Math.abs(h) % PALETTE.length]!;
    cache.set(name, color);
  }
  return color;
}

const barCache = new Map<string, string>();

/**
 * The service's colour at 85% alpha for timeline bars: the same pixels as `opacity: 0.85` on a bar
 * without children, minus a compositing effect per bar that Chromium paints and layerizes every frame.
 */
export function serviceBarColor(name: string): string {
  let color = barCache.get(name);
  if (color === undefined) {
    color = `color-mix(in srgb, ${serviceColor(name)} 85%, transparent)`;
    barCache.set(name, color);
  }
  return color;
}

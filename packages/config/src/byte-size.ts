/**
 * Byte sizes for limits (`4MiB`, `500KB`, `1048576`). Binary units (KiB, MiB, GiB) are powers of 1024,
 * decimal units (KB, MB, GB) powers of 1000, as `docker`/`kubectl` read them; single letters
 * (`k`, `m`, `g`) are binary, since that is what people mean when they write `64m`.
 */
const UNIT_BYTES: Readonly<Record<string, number>> = {
  b: 1,
  k: 1024,
  kb: 1000,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/** Whole bytes, or `undefined` when the text is not a byte size. */
export function parseByteSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim());
  if (match === null) return undefined;
  const factor = match[2] === '' ? 1 : UNIT_BYTES[match[2]!.toLowerCase()];
  if (factor === undefined) return undefined;
  const bytes = Math.round(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}
/** The shortest exact binary-unit spelling: 4194304 → `4MiB`, 1000 → `1000` (help output). */
export function formatByteSize(bytes: number): string {
  for (const [unit, factor] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return String(bytes);
}

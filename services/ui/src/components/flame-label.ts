/** Width of one label character: the label font is monospace 11 px (styles.css `.flame-label`). */
export const FLAME_CHAR_W = 6.7;

/** Cuts a label to `chars` characters, marking the cut. */
export function clip(label: string, chars: number): string {
  if (label.length <= chars) return label;
  return chars <= 1 ? '' : `${label.slice(0, chars - 1)}…`;
}

/** The label that fits a box `width` px wide (3 px padding each side), or '' when none does. */
export function fitLabel(label: string, width: number): string {
  return width > 40 ? clip(label, Math.floor((width - 6) / FLAME_CHAR_W)) : '';
}

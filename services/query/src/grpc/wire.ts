/**
 * A message made of one repeated length-delimited field (`repeated Span spans = 1`
 * of SpansResponseChunk) from already-encoded elements: the spans are encoded
 * once by the codec and only framed here.
 */
export function encodeRepeatedField(fieldNumber: number, elements: readonly Uint8Array[]): Buffer {
  const tag = (fieldNumber << 3) | 2;
  let size = 0;
  for (const element of elements) size += varintSize(tag) + varintSize(element.length) + element.length;
  const out = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const element of elements) {
    offset = writeVarint(out, offset, tag);
    offset = writeVarint(out, offset, element.length);
    out.set(element, offset);
    offset += element.length;
  }
  return out;
}

function varintSize(value: number): number {
  let size = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 128)) size++;
  return size;
}

function writeVarint(out: Buffer, start: number, value: number): number {
  let offset = start;
  let v = value;
  while (v >= 0x80) {
    out[offset++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  out[offset++] = v;
  return offset;
}

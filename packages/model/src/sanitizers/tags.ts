import type { KeyValue } from '../key-value.ts';

/** Collects what a sanitizer changed, so the span can carry it as warnings. */
export interface Findings {
  warnings: string[] | undefined;
}

export function warn(findings: Findings, message: string): void {
  (findings.warnings ??= []).push(message);
}

/** Replaces lone surrogates (what invalid UTF-8 or bad JSON escapes leave behind) with U+FFFD. */
export function repairString(value: string, what: string, findings: Findings): string {
  if (value.isWellFormed()) return value;
  warn(findings, `invalid UTF-8 in ${what} was replaced with U+FFFD`);
  return value.toWellFormed();
}

function fixTag(tag: KeyValue, maxValueLength: number, findings: Findings): KeyValue {
  const key = repairString(tag.key, 'tag key', findings);
  if (tag.type === 'string') {
    let value = repairString(tag.value, `value of tag "${key}"`, findings);
    if (maxValueLength > 0 && value.length > maxValueLength) {
      warn(findings, `value of tag "${key}" truncated from ${value.length} to ${maxValueLength} characters`);
      value = value.slice(0, maxValueLength);
    }
    if (value === tag.value) return key === tag.key ? tag : { ...tag, key };
    // The text changed: a structured value (see KeyValue) no longer matches it and is dropped.
    return { key, type: 'string', value };
  }
  if (tag.type === 'binary' && maxValueLength > 0 && tag.value.length > maxValueLength) {
    warn(findings, `value of tag "${key}" truncated from ${tag.value.length} to ${maxValueLength} bytes`);
    return { key, type: 'binary', value: tag.value.subarray(0, maxValueLength) };
  }
  return key === tag.key ? tag : { ...tag, key };
}

/**
 * Repairs and truncates a tag list; returns the same array when nothing changed
 * (the common case, so the hot path allocates nothing).
 */
export function fixTags(
  tags: readonly KeyValue[],
  maxValueLength: number,
  maxCount: number,
  findings: Findings,
): readonly KeyValue[] {
  let out: KeyValue[] | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const fixed = fixTag(tag, maxValueLength, findings);
    if (fixed !== tag && out === undefined) out = tags.slice(0, i);
    if (out !== undefined) out.push(fixed);
  }
  let result = out ?? tags;
  if (maxCount > 0 && result.length > maxCount) {
    warn(findings, `${result.length - maxCount} tags dropped (limit ${maxCount} per span)`);
    result = result.slice(0, maxCount);
  }
  return result;
}

/** A rough in-memory/wire size of a tag list, used for the per-span size limit and the queue's byte budget. */
export function estimateTagsSize(tags: readonly KeyValue[]): number {
  let size = 0;
  for (const tag of tags) {
    size += 8 + tag.key.length;
    if (tag.type === 'string') size += tag.value.length;
    else if (tag.type === 'binary') size += tag.value.length;
    else size += 8;
  }
  return size;
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** A link found in a Markdown file: its target as written and the line it is on (1-based). */
export interface MarkdownLink {
  readonly target: string;
  readonly line: number;
}

/** A relative link that does not resolve: the file it is in, and why. */
export interface BrokenLink {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly reason: string;
}

/** Blanks fenced code blocks and inline code spans, keeping line numbers, so their brackets are not links. */
function withoutCode(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line.replace(/`[^`]*`/g, '``');
    })
    .join('\n');
}

/** Inline links and images `[text](target)` outside code; autolinks `<https://…>` are not relative, so not listed. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, index) => {
      for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        links.push({ target: match[1]!, line: index + 1 });
      }
    });
  return links;
}

/** GitHub's heading anchor: lower case, punctuation and symbols dropped, spaces to hyphens. */
export function slug(heading: string): string {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, (char) => (char === '_' ? '_' : ''))
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** Every anchor a Markdown file's headings define, with GitHub's `-1`, `-2` suffixes for repeats. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const base = slug(match[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const isExternal = (target: string): boolean =>
  /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** Resolves a relative link from `file`; undefined for external links (http:, mailto:, …). */
export function resolveLink(
  file: string,
  target: string,
): { path: string; anchor: string | undefined } | undefined {
  if (isExternal(target)) return undefined;
  const hash = target.indexOf('#');
  const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  return { path: pathPart === '' ? file : resolve(dirname(file), pathPart), anchor };
}

/** The relative links of `files` (absolute paths of Markdown files) that miss their file or their heading. */
export function brokenLinks(files: readonly string[], root: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const { target, line } of markdownLinks(readFileSync(file, 'utf8'))) {
      const resolved = resolveLink(file, target);
      if (!resolved) continue;
      const report = (reason: string): void => {
        broken.push({ file: relative(root, file), line, target, reason });
      };
      if (!existsSync(resolved.path)) {
        report('no such file');
        continue;
      }
      if (resolved.anchor === undefined || resolved.anchor === '') continue;
      if (!resolved.path.endsWith('.md') || statSync(resolved.path).isDirectory()) continue;
      if (!headingAnchors(readFileSync(resolved.path, 'utf8')).has(resolved.anchor)) {
        report(`no heading with anchor #${resolved.anchor}`);
      }
    }
  }
  return broken;
}

/** Markdown files reachable from `start` by following relative links to other Markdown files. */
export function reachableMarkdown(start: string): Set<string> {
  const reached = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const { target } of markdownLinks(readFileSync(file, 'utf8'))) {
      const resolved = resolveLink(file, target);
      if (!resolved || reached.has(resolved.path) || !existsSync(resolved.path)) continue;
      if (statSync(resolved.path).isDirectory() || !resolved.path.endsWith('.md')) continue;
      reached.add(resolved.path);
      queue.push(resolved.path);
    }
  }
  return reached;
}

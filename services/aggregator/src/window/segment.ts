import type { DependencyLink } from '@spanstream/model';
import { RedCells } from '@spanstream/metrics-store';

/**
 * What one partition counted between two commit points: the dependency edges and RED cells of the
 * records in [startOffset, endOffset). Written as one document whose id derives from
 * (partition, startOffset), so a replay after a restart rewrites it instead of adding one.
 */
export class Segment {
  readonly edges = new Map<string, number>();
  readonly red = new RedCells();
  /** Next offset after the last record counted (set when the segment closes). */
  endOffset: number;
  spans = 0;

  readonly partition: number;
  /** Where the previous segment ended: the resume point committed with it. */
  readonly startOffset: number;
  /** Window index (event time / window length) the segment's document is dated in. */
  readonly window: number;

  constructor(partition: number, startOffset: number, window: number) {
    this.partition = partition;
    this.startOffset = startOffset;
    this.window = window;
    this.endOffset = startOffset;
  }

  addEdge(parent: string, child: string): void {
    const key = `${parent}\u0000${child}`;
    this.edges.set(key, (this.edges.get(key) ?? 0) + 1);
  }

  links(): DependencyLink[] {
    return [...this.edges].map(([key, callCount]) => {
      const sep = key.indexOf('\u0000');
      return { parent: key.slice(0, sep), child: key.slice(sep + 1), callCount };
    });
  }
}

import type { Kafka } from 'kafkajs';
import type { Scale } from './options.ts';
import type { Side } from './sides.ts';
import type { Figures } from './table.ts';

/** What every part gets: the scale, the stack, both sides, and where figures and notes go. */
export interface Context {
  readonly scale: Scale;
  readonly brokers: readonly string[];
  readonly kafka: Kafka;
  readonly ours: Side;
  readonly jaeger: Side;
  readonly figures: Figures;
  /** One line per measurement: what was verified, the load average, refusals. */
  readonly notes: string[];
  log(message: string): void;
}

/** Alternating order: ours first on even runs, Jaeger first on odd ones. */
export function sidesInOrder(ctx: Context, run: number): readonly Side[] {
  return run % 2 === 0 ? [ctx.ours, ctx.jaeger] : [ctx.jaeger, ctx.ours];
}

export const loadText = (load: readonly [number, number]): string =>
  `load ${load[0].toFixed(1)}→${load[1].toFixed(1)}`;

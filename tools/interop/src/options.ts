import { BACKENDS, type Backend } from './backends.ts';
import { JAEGER_KAFKA_ENCODING, type OurKafkaEncoding } from './jaeger-config.ts';

export type Part = Backend | 'kafka';
export const PARTS: readonly Part[] = [...BACKENDS, 'kafka'];
export const ENCODINGS = Object.keys(JAEGER_KAFKA_ENCODING) as OurKafkaEncoding[];

export interface InteropOptions {
  readonly parts: readonly Part[];
  readonly encodings: readonly OurKafkaEncoding[];
  readonly keep: boolean;
}

export const usage = `npm run interop [-- --only PART[,PART]] [--encodings ENC[,ENC]] [--keep]

Runs real Jaeger v2 (built once and cached, see docs/interop.md) next to Spanstream on the stack's
Kafka and storage and prints one table: check | result | detail. Exits 1 when any check fails.

  --only       ${PARTS.join(', ')} (default: all)
  --encodings  Kafka encodings to check: ${ENCODINGS.join(', ')} (default: all)
  --keep       keep the indices and keyspaces the run created (topics are dropped)`;

export function parseInteropOptions(argv: readonly string[]): InteropOptions {
  let parts: readonly Part[] = PARTS;
  let encodings: readonly OurKafkaEncoding[] = ENCODINGS;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = argv[i]!.split(/=(.*)/s);
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--only') parts = list(value(), PARTS, flag);
    else if (flag === '--encodings') encodings = list(value(), ENCODINGS, flag);
    else if (flag === '--keep') keep = true;
    else throw new Error(`unknown argument ${argv[i]!}\n\n${usage}`);
  }
  return { parts, encodings, keep };
}

function list<T extends string>(text: string, allowed: readonly T[], flag: string): T[] {
  const items = text.split(',').filter((item) => item !== '');
  const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (items.length === 0 || bad.length > 0) {
    throw new Error(`${flag}: expected some of ${allowed.join(', ')}, got "${text}"`);
  }
  return items as T[];
}

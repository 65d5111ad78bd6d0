import type { Span } from '@spanstream/model';
import { fromJaegerModelJson, fromOtlpJson } from '@spanstream/codec';

/** The two forms Jaeger ships its storage fixtures in (see fixtures/jaeger-storage/README.md). */
export type FixtureForm = 'otlp' | 'jaeger-model';

/** Decodes one fixture file; a fixture the codec rejects any part of is a broken test setup. */
export function decodeFixture(form: FixtureForm, text: string, name: string): Span[] {
  const result = form === 'otlp' ? fromOtlpJson(text) : fromJaegerModelJson(text);
  if (result.rejected.length > 0) {
    const reasons = result.rejected.map((r) => `#${r.index}: ${r.reason}`).join('; ');
    throw new Error(`fixture ${form}/${name}: the codec rejected spans (${reasons})`);
  }
  return [...result.spans];
}

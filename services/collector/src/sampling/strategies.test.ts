import { describe, expect, it } from 'vitest';
import { parseStrategies, strategyFor } from './strategies.ts';

describe('parseStrategies', () => {
  it("reads the Jaeger operator's percentage form (param 50) as probability 0.5, with a warning that says so", () => {
    const { strategies, warnings } = parseStrategies(
      JSON.stringify({ default_strategy: { type: 'probabilistic', param: 50 } }),
    );
    expect(strategyFor(strategies, 'any')).toEqual({
      strategyType: 'PROBABILISTIC',
      probabilisticSampling: { samplingRate: 0.5 },
    });
    expect(warnings).toEqual([
      'default_strategy: probabilistic "param" 50 is above 1, read as a percentage: sampling probability 0.5',
    ]);
  });

  it('keeps probabilities within [0, 1] as they are and refuses a param above 100', () => {
    const { strategies, warnings } = parseStrategies(
      JSON.stringify({
        default_strategy: { type: 'probabilistic', param: 1 },
        service_strategies: [{ service: 'a', type: 'probabilistic', param: 0.25 }],
      }),
    );
    expect(strategyFor(strategies, 'a').probabilisticSampling).toEqual({ samplingRate: 0.25 });
    expect(strategyFor(strategies, 'b').probabilisticSampling).toEqual({ samplingRate: 1 });
    expect(warnings).toEqual([]);
    expect(() =>
      parseStrategies(JSON.stringify({ default_strategy: { type: 'probabilistic', param: 101 } })),
    ).toThrow('default_strategy: probabilistic "param" must be within [0, 1] (or a percentage up to 100)');
  });
});

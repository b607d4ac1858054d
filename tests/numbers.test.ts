import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round } from '../src/numbers.js';

/** The definition round() must keep: toFixed's decimal read back, without a negative zero. */
const byString = (value: number, digits: number): number => {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
};

describe('round', () => {
  const digits = fc.integer({ min: 0, max: 10 });
  it("equals Number(value.toFixed(digits)) for any double, and near every tie", () => {
    // Ties and their neighbours a few ulps away, where the scaled double and the exact value may round differently.
    const nearTie = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), digits, fc.integer({ min: -4, max: 4 })).map(([k, d, ulps]) => {
      let value = (k + 0.5) / 10 ** d;
      for (let i = 0; i < Math.abs(ulps); i++) value = ulps > 0 ? nextUp(value) : nextDown(value);
      return [value, d] as const;
    });
    const any = fc.tuple(fc.oneof(fc.double(), fc.double({ min: -1, max: 1 }), fc.double({ min: -1e6, max: 1e6 })), digits);
    fc.assert(
      fc.property(fc.oneof(nearTie, any), ([value, d]) => {
        expect(Object.is(round(value, d), byString(value, d))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('rounds ties away from zero as toFixed does, and never gives -0', () => {
    expect(round(0.5, 0)).toBe(1);
    expect(round(-0.5, 0)).toBe(-1);
    expect(round(1.005, 2)).toBe(byString(1.005, 2));
    expect(Object.is(round(-1e-9), 0)).toBe(true);
    expect(round(0.1234565)).toBe(byString(0.1234565, 6));
    expect(round(Number.NaN)).toBeNaN();
    expect(round(Infinity, 2)).toBe(Infinity);
  });
});

function nextUp(x: number): number {
  return adjacent(x, 1);
}

function nextDown(x: number): number {
  return adjacent(x, -1);
}

/** The double next to x towards +infinity (1) or -infinity (-1). */
function adjacent(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, (x > 0) === (direction > 0) ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

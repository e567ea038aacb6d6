/**
 * Scores read from int8 codes are within about 0.002 of the float32 ones: hand-computed
 * expectations compare to 2 decimals.
 */
export const QUANTIZED_DIGITS = 2

/** `[id, score]` rows whose scores match to QUANTIZED_DIGITS decimals. */
export function closeScores(rows: [string, number][]): unknown[] {
  return rows.map(([id, score]) => [id, expect.closeTo(score, QUANTIZED_DIGITS)])
}

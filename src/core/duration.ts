/** Durations as users write them: "24h", "7d", "90m", "1w". */
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * @example
 * parseDuration('24h') // 86400000
 * parseDuration('soon') // null
 */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(text);
  if (!match) return null;
  const ms = Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
  return ms > 0 ? ms : null;
}

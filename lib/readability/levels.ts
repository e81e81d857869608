/** The levels of the Common European Framework of Reference (CEFR, ERK in Dutch), easiest first. */
export const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Level = (typeof LEVELS)[number];

/** The default target: the Dutch government writes for the public at B1 (communicatierijk.nl). */
export const DEFAULT_TARGET: Level = 'B1';

/** 1 for A1 up to 6 for C2. */
export function levelNumber(level: Level): number {
  return LEVELS.indexOf(level) + 1;
}

/** The level a continuous model score (1 = A1 ... 6 = C2) rounds to. */
export function levelOf(score: number): Level {
  const index = Math.min(LEVELS.length, Math.max(1, Math.floor(score + 0.5))) - 1;
  return LEVELS[index] as Level;
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** True when `level` is at most as hard as `target`. */
export function reachesTarget(level: Level, target: Level): boolean {
  return levelNumber(level) <= levelNumber(target);
}

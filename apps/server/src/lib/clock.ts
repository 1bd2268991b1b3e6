/** Source of "now" for every use case, so tests move time instead of sleeping. */
export type Clock = { now(): Date };

/** The wall clock, used in production. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests set and advance by hand. */
export function createManualClock(start: Date = new Date()): Clock & { set(d: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => {
      current = new Date(d);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

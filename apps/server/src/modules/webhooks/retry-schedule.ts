import { WebhookLimits } from '@associa/contracts';

/** After the `step`-th failed attempt (0-based): milliseconds until the next try, or null when the delivery has failed for good. */
export function retryDelayMs(step: number): number | null {
  const seconds = WebhookLimits.retryScheduleSeconds[step];
  return seconds === undefined ? null : seconds * 1000;
}

/** Whether an endpoint failing since `failingSince` has failed long enough to be disabled. */
export function hasFailedTooLong(failingSince: Date, now: Date): boolean {
  return now.getTime() - failingSince.getTime() >= WebhookLimits.disableAfterFailingDays * 86_400_000;
}

/** The consent window's close in the customer's own zone, named, so "five business days" means one moment to everyone. */
export function formatClosingTime(iso: string, timeZone: string, language: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  let zone = timeZone;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone });
  } catch {
    // A zone this browser doesn't know: say the same moment in UTC rather than fail.
    zone = 'UTC';
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: zone });
  }
  return `${format.format(new Date(iso))} (${zone})`;
}

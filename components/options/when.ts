/** Dates and times as a British manager reads them: "3 Dec 2026, 10:04". */
export const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A day as a British manager reads it: "3 Dec". */
export const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

import { browser } from '#imports';

/** How often busy work says so: well inside any idle timeout Firefox is set to (30 s unless changed). */
const BEAT_MS = 1000;
/** The longest one piece of work is kept awake for: work still running then has failed in all but name. */
const LONGEST_MS = 120_000;

/**
 * Keeps Firefox's event page loaded while `work` runs. Firefox unloads an event
 * page that has been idle for `extensions.background.idle.timeout`, and a
 * pending answer buys it only one timeout more; looking at a large photo or a
 * video on a slow machine can take longer, and unloading the page would stop
 * the worker mid-look, so the photo would be reported unchecked. Firefox counts
 * each call the page makes to a browser API as activity, so a cheap one is made
 * every second while the work is pending (for two minutes at most).
 */
export function keepAwakeWhile<T>(work: Promise<T>): Promise<T> {
  const started = Date.now();
  const beat = setInterval(() => {
    if (Date.now() - started > LONGEST_MS) clearInterval(beat);
    else browser.runtime.getPlatformInfo().catch(() => undefined);
  }, BEAT_MS);
  return work.finally(() => clearInterval(beat));
}

import type { ProtectionStatus, SiteSighting } from './protection-status';

/** How long a sighting is kept: a month, as the options page says. */
export const SIGHTINGS_KEPT_MS = 31 * 24 * 60 * 60 * 1000;

/** The most boxes kept per site that could not be protected, so a page that keeps failing cannot fill the storage. */
const MOST_UNPROTECTED = 50;

/** One thing a content script saw of a site's composers. */
export type Sighting = { site: string; url: string; at: number } & (
  | { what: 'composer' }
  | { what: 'post-control' }
  | { what: 'unprotected'; problem: string }
);

/** A page's address as recorded: origin and path, never the query or fragment (which can carry names or ids). */
export function pageAddress(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return origin + pathname;
  } catch {
    return '';
  }
}

/** The status with one sighting added, and everything older than a month dropped. */
export function withSighting(status: ProtectionStatus, sighting: Sighting): ProtectionStatus {
  const since = sighting.at - SIGHTINGS_KEPT_MS;
  const next: ProtectionStatus = {};
  for (const [site, seen] of Object.entries(status)) next[site] = prune(seen, since);
  const site: SiteSighting = next[sighting.site] ?? { site: sighting.site, unprotected: [] };
  const latest = (earlier: number | undefined) => Math.max(earlier ?? 0, sighting.at);
  if (sighting.what === 'composer') next[sighting.site] = { ...site, composerSeenAt: latest(site.composerSeenAt) };
  else if (sighting.what === 'post-control') {
    next[sighting.site] = { ...site, composerSeenAt: latest(site.composerSeenAt), postControlFoundAt: latest(site.postControlFoundAt) };
  } else {
    const url = pageAddress(sighting.url);
    const others = site.unprotected.filter((box) => box.url !== url || box.problem !== sighting.problem);
    next[sighting.site] = {
      ...site,
      composerSeenAt: latest(site.composerSeenAt),
      unprotected: [{ at: sighting.at, url, problem: sighting.problem }, ...others].slice(0, MOST_UNPROTECTED),
    };
  }
  return next;
}

function prune(seen: SiteSighting, since: number): SiteSighting {
  const recent = (at: number | undefined) => (at !== undefined && at >= since ? at : undefined);
  const { composerSeenAt, postControlFoundAt, ...rest } = seen;
  const composer = recent(composerSeenAt);
  const control = recent(postControlFoundAt);
  return {
    ...rest,
    ...(composer !== undefined && { composerSeenAt: composer }),
    ...(control !== undefined && { postControlFoundAt: control }),
    unprotected: seen.unprotected.filter((box) => box.at >= since),
  };
}

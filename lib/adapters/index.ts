import { businessSuite } from './business-suite';
import { facebook } from './facebook';
import { facebookMobile } from './facebook-mobile';
import { instagram } from './instagram';
import type { SiteAdapter } from './site-adapter';
import { x } from './x';

/** Every site adapter. */
export const adapters: readonly SiteAdapter[] = [facebook, facebookMobile, businessSuite, instagram, x];

/** The adapter for an address, if the extension protects that site. */
export function adapterFor(url: string | URL): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return adapters.find((adapter) => adapter.owns(parsed));
}

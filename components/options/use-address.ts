import { useEffect, useState } from 'react';

/** The page's address after `#` (e.g. `#log`), following the browser's back and forward buttons and bookmarks. */
export function useAddress(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return hash;
}

/** Goes to an address on this page, as a link would. */
export function goTo(hash: string): void {
  if (location.hash === hash) dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

/**
 * Takes keyboard and screen-reader users to the section an address names: the page is
 * drawn after storage is read, too late for the browser's own jump to the anchor.
 */
export function useJumpToSection(hash: string, ready: boolean): void {
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const heading = document.getElementById(hash.slice(1))?.querySelector<HTMLElement>('[data-section-heading]');
    heading?.focus();
    heading?.scrollIntoView?.({ block: 'start' });
  }, [hash, ready]);
}

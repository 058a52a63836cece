import { render, screen } from '@testing-library/react';
import { OptionsApp } from '../../../components/options/options-app';
import { setupItem } from '../../../lib/storage/manager-page';

/** Opens the managers' page at an address (`''` for the plain one), waiting until it has read storage. */
export async function openAt(hash: string, { setupDone = true } = {}) {
  history.replaceState(null, '', `${location.pathname}${hash}`);
  if (setupDone) await setupItem.setValue({ finishedAt: Date.now() });
  const view = render(<OptionsApp />);
  await screen.findAllByRole('heading', { level: 2 }, { timeout: 10_000 });
  return view;
}

/** A time this many days before now, as the log stores it. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

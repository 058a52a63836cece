import { render, screen } from '@testing-library/react';
import { OptionsApp } from '../../../components/options/options-app';
import { setupItem } from '../../../lib/storage/manager-page';

/** Opens the options page as a manager who has been through the set-up guide would, and waits until it has read storage. */
export async function openOptions() {
  await setupItem.setValue({ finishedAt: Date.now() });
  const view = render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Rules' });
  return view;
}

/** A file as the browser's file picker would hand it over. */
export const fileOf = (name: string, text: string, type = 'text/plain'): File => new File([text], name, { type });

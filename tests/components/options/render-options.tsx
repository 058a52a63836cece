import { render, screen } from '@testing-library/react';
import { OptionsApp } from '../../../components/options/options-app';

/** Opens the options page as a manager would and waits until it has read storage. */
export async function openOptions() {
  const view = render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Rules' });
  return view;
}

/** A file as the browser's file picker would hand it over. */
export const fileOf = (name: string, text: string, type = 'text/plain'): File => new File([text], name, { type });

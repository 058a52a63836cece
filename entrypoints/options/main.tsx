import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/options-app';

createRoot(document.getElementById('root')!).render(<OptionsApp />);

import { defineBackground } from '#imports';
import { markUnprotectedTabs } from '../lib/composer/unprotected-badge';

export default defineBackground(() => {
  markUnprotectedTabs();
});

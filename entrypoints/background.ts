import { defineBackground } from '#imports';
import { answerChecks } from '../lib/composer/answer-checks';
import { markUnprotectedTabs } from '../lib/composer/unprotected-badge';

export default defineBackground(() => {
  markUnprotectedTabs();
  answerChecks();
});

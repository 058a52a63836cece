import { defineBackground } from '#imports';
import { answerChecks } from '../lib/composer/answer-checks';
import { markUnprotectedTabs } from '../lib/composer/unprotected-badge';
import { answerRecords } from '../lib/decisions/record-request';

export default defineBackground(() => {
  markUnprotectedTabs();
  answerChecks();
  answerRecords();
});

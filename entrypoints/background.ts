import { defineBackground } from '#imports';
import { answerChecks } from '../lib/composer/answer-checks';
import { openProtectionOnClick, recordProtection } from '../lib/composer/protection-record';
import { markUnprotectedTabs } from '../lib/composer/unprotected-badge';
import { answerRecords } from '../lib/decisions/record-request';
import { answerLooks } from '../lib/vision/host/answer-looks';

export default defineBackground(() => {
  markUnprotectedTabs();
  recordProtection();
  openProtectionOnClick();
  answerChecks();
  answerRecords();
  answerLooks();
});

import { browser } from '#imports';
import type { Decision } from './decision';
import { recordDecision } from './record-decision';

/** A page's request to add a decision to the log, written by the background. */
interface RecordRequest {
  type: 'ask-yourself:record';
  decision: Decision;
}

const isRecordRequest = (message: unknown): message is RecordRequest =>
  typeof message === 'object' && message !== null && (message as RecordRequest).type === 'ask-yourself:record';

/** Has the background write a decision: one writer for every tab, so no entry is lost when two tabs decide at once. */
export async function recordInBackground(decision: Decision): Promise<void> {
  const request: RecordRequest = { type: 'ask-yourself:record', decision };
  await browser.runtime.sendMessage(request);
}

/** For the background: writes the decisions pages send, one after another. */
export function answerRecords(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (done: boolean) => void) => {
    if (!isRecordRequest(message)) return undefined;
    recordDecision(message.decision).then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  });
}

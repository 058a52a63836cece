/**
 * `npm start`: builds the extension and opens Chromium with it on local copies
 * of the Facebook, Instagram and X composers, so a newcomer can write a post
 * and press Post. Where there is no display, it says so, shows the same thing
 * happening headless, and explains how to load the extension in Chrome or Edge.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtensionBrowser } from '../e2e/harness/browser';
import { prepareWorkspace, ROOT } from '../e2e/harness/prepare';
import { panelOf, postedOn, write } from '../e2e/harness/replica-page';

const CHROMIUM = '/usr/bin/chromium';
const BUILT = join(ROOT, '.output/chrome-mv3');
const SITES = ['https://www.facebook.com/', 'https://www.instagram.com/', 'https://x.com/home'];

const loadItYourself = `To use Ask Yourself in Chrome or Edge:
  1. Open chrome://extensions (in Edge: edge://extensions).
  2. Turn on "Developer mode".
  3. Choose "Load unpacked" and pick this folder:
       ${BUILT}
  4. Open Facebook, Instagram or X, write a post and press Post.`;

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log('Building the extension...');
const workspace = prepareWorkspace();

if (!existsSync(CHROMIUM)) {
  console.log(`\nBuilt. Chromium is not installed at ${CHROMIUM} (Debian: apt-get install chromium), so no browser can be opened here.\n`);
  console.log(loadItYourself);
  workspace.dispose();
} else if (!hasDisplay) {
  console.log('\nThere is no display here, so Chromium cannot open a window. Here is the same thing, headless:\n');
  await showHeadless();
  console.log(`\n${loadItYourself}\n\nOn a machine with a display, \`npm start\` opens Chromium on the local copies of the three sites instead.`);
  workspace.dispose();
} else {
  const browser = await launchExtensionBrowser({ ...workspace, headless: false });
  for (const site of SITES) await browser.open(site);
  await browser.context.pages()[0]?.close();
  console.log(`\nChromium is open with Ask Yourself on local copies of ${SITES.join(', ')}.
Nothing you type leaves this computer: those addresses are served from here.
Write a post (try "Ring us on 07700 900471") and press Post. Close the window to stop.`);
  browser.context.on('close', () => {
    void browser.close().finally(() => workspace.dispose());
  });
}

/** Writes a post with a phone number on the X copy, presses Post, and prints what the panel says. */
async function showHeadless(): Promise<void> {
  const browser = await launchExtensionBrowser(workspace);
  try {
    const page = await browser.open('https://x.com/home');
    const draft = 'Ring us on 07700 900471 to book a visit';
    await write(page.locator('main [data-testid="tweetTextarea_0"]'), draft);
    await page.waitForTimeout(400);
    console.log(`  On the local copy of x.com, wrote "${draft}" and pressed Post.`);
    await page.locator('main [data-testid="tweetButtonInline"]').click();
    const panel = panelOf(page);
    await panel.getByRole('button', { name: 'Edit post' }).waitFor({ timeout: 10_000 });
    const text = (await panel.innerText()).split('\n').filter((line) => line.trim());
    console.log(`  The post was held (${(await postedOn(page)).length} posted). The panel said:\n`);
    for (const line of text) console.log(`    | ${line}`);
  } finally {
    await browser.close();
  }
}

import { browser, createShadowRootUi, defineContentScript, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
// The panel's styles go in this script's CSS, which the shadow root loads; the panel itself loads with the composer support.
import '../../components/panel/panel.css';
import { adapterFor, adapters } from '../../lib/adapters';
import { recordDecision } from '../../lib/decisions/record-decision';
import { checkInBackground } from '../../lib/composer/check-request';
import { COMPOSER_SUPPORT_FILE, loadComposerSupport, type ComposerSupport, type PanelMount } from '../../lib/composer/composer-support';
import { DraftChecks } from '../../lib/composer/draft-checks';
import { isMedia } from '../../lib/composer/files-from-event';
import { guardPage } from '../../lib/composer/guard-page';
import type { GateAnswers, GateView } from '../../lib/composer/press-gate';
import { sightingMessage } from '../../lib/composer/protection-record';
import { unprotectedMessage } from '../../lib/composer/unprotected-badge';
import type { Policy } from '../../lib/policy/policy';
import { watchManagedPolicy } from '../../lib/storage/managed-policy';
import { policyItem, settingsItem } from '../../lib/storage/items';
import { loadPolicy } from '../../lib/storage/policy-in-force';

// Events the page must never see from the panel: it sits in the page's document,
// and a site's root listeners would otherwise act on its clicks and keys.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'focusin', 'focusout'];

const NOTICE_CSS = `div{position:fixed;top:12px;left:50%;transform:translateX(-50%);width:max-content;max-width:calc(100vw - 32px);z-index:2147483647}
p{margin:0 0 6px;padding:8px 14px;border-radius:6px;background:#fff4e5;color:#1b1b1b;border:2px solid #b3261e;font:15px/1.4 system-ui,sans-serif}
button{margin-left:10px;font:inherit;text-decoration:underline;background:none;border:0;color:inherit;cursor:pointer}`;

export default defineContentScript({
  matches: adapters.flatMap((adapter) => adapter.matches),
  // Composers inside frames too, such as Facebook's comment plugin on a nursery's own website.
  allFrames: true,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    const adapter = adapterFor(location.href);
    if (!adapter) return;

    let support: Promise<ComposerSupport> | undefined;
    let policy: Promise<Policy> | undefined;
    const loadSupport = () => {
      support ??= loadComposerSupport(browser.runtime.getURL(COMPOSER_SUPPORT_FILE as '/composer-support.js')).catch((error: unknown) => {
        support = undefined;
        throw error;
      });
      return support;
    };
    const currentPolicy = () => {
      policy ??= loadPolicy().catch((error: unknown) => {
        policy = undefined;
        throw error;
      });
      return policy;
    };
    const checks = new DraftChecks({
      checker: () => loadSupport().then(({ readPhoto }) => ({ readPhoto, check: checkInBackground })),
      policy: currentPolicy,
      photoBudgetMs: 3000,
    });
    const policyChanged = () => {
      policy = undefined;
      checks.forget();
    };
    ctx.onInvalidated(policyItem.watch(policyChanged));
    ctx.onInvalidated(watchManagedPolicy(policyChanged));

    // The manager's switch, read once a composer is in use and followed after; unknown counts as on, its default.
    let removes: boolean | undefined;
    let removal: Promise<boolean> | undefined;
    const removalWanted = () => {
      removal ??= settingsItem.getValue().then(
        (settings) => (removes = settings.removeLocations),
        () => ((removal = undefined), true),
      );
      return removal;
    };
    ctx.onInvalidated(settingsItem.watch((settings) => (removal = Promise.resolve((removes = settings.removeLocations)))));

    const panel = panelHost(ctx, loadSupport);
    const notices = noticeBoard(ctx);
    let noticeShown = false;

    guardPage(
      {
        adapter,
        checks,
        show: panel.show,
        hide: panel.hide,
        record: (decision) => void recordDecision({ at: new Date().toISOString(), site: adapter.platform, ...decision }),
        listen: (type, handler) => ctx.addEventListener(window, type as 'click', handler, { capture: true }),
        later: (callback, ms) => void ctx.setTimeout(callback, ms),
        whenIdle: (callback) => void ctx.requestIdleCallback(callback, { timeout: 1000 }),
        warmUp: () => {
          void removalWanted();
          void loadSupport().catch(() => undefined);
          // Wakes the background (Chrome stops an idle one), so the first check as the person pauses is quick.
          void checkInBackground({ text: '', photos: [], platform: adapter.platform }).catch(() => undefined);
          panel.prepare();
        },
        unprotected: (kind) => {
          void browser.runtime.sendMessage(unprotectedMessage(kind)).catch(() => undefined);
          if (noticeShown) return;
          noticeShown = true;
          notices.say('unprotected', `Ask Yourself cannot find the Post button of this ${kind} box, so it cannot check this post before it goes.`);
        },
        sighted: (what) => void browser.runtime.sendMessage(sightingMessage(what)).catch(() => undefined),
        removesLocations: () => {
          void removalWanted();
          return removes !== false;
        },
        clean: async (files) => {
          if (!(await removalWanted())) return files;
          try {
            const { handOver, notice } = await (await loadSupport()).cleanAttached(files, adapter.platform);
            if (notice) notices.say('attached', notice);
            return handOver;
          } catch {
            // Without the remover nothing can be vouched for: the photos stay with the person, never half-checked with the site.
            const media = files.filter(isMedia);
            const them = media.length === 1 ? 'it' : 'them';
            notices.say('attached', `Did not attach ${media.map((file) => file.name).join(', ')}: Ask Yourself could not check ${them} for a location. Try attaching ${them} again.`);
            return files.filter((file) => !isMedia(file));
          }
        },
      },
      { deadlineMs: 5000, replaySettleMs: 1500, typingPauseMs: 250, controlGraceMs: 1500 },
    );
  },
});

/** The panel, in an open shadow root made once a composer is in use, so a press finds it ready. */
function panelHost(ctx: ContentScriptContext, loadSupport: () => Promise<ComposerSupport>) {
  let ui: Promise<ShadowRootContentScriptUi<PanelMount>> | undefined;
  let wanted: { view: GateView; answers: GateAnswers } | undefined;

  const prepare = () => {
    ui ??= loadSupport().then((support) =>
      createShadowRootUi(ctx, {
        name: 'ask-yourself-panel',
        position: 'overlay',
        anchor: 'body',
        zIndex: 2147483647,
        isolateEvents: ISOLATED_EVENTS,
        onMount: (container) => {
          const wrapper = document.createElement('div');
          container.append(wrapper);
          return support.mountPanel(wrapper);
        },
        onRemove: (mounted) => mounted?.unmount(),
      }),
    );
    ui.catch(() => (ui = undefined));
    return ui;
  };

  const render = async () => {
    const host = await prepare();
    if (!wanted) return host.remove();
    if (!host.mounted) host.mount();
    host.mounted?.render(wanted.view, wanted.answers);
  };

  return {
    prepare: () => void prepare().catch(() => undefined),
    show: (view: GateView, answers: GateAnswers) => {
      wanted = { view, answers };
      void render();
    },
    hide: () => {
      wanted = undefined;
      void render();
    },
  };
}

/**
 * Short notices at the top of the page, one line each, in one polite live region
 * that is on the page before its first line, so screen readers announce each
 * line as it comes. A line said again under the same key replaces the last.
 */
function noticeBoard(ctx: ContentScriptContext) {
  let board: Promise<HTMLElement> | undefined;
  const lines = new Map<string, HTMLElement>();
  const open = () =>
    (board ??= createShadowRootUi(ctx, {
      name: 'ask-yourself-notice',
      position: 'inline',
      anchor: 'body',
      css: NOTICE_CSS,
      isolateEvents: ISOLATED_EVENTS,
      onMount: (container) => {
        const region = document.createElement('div');
        region.setAttribute('role', 'status');
        container.append(region);
        return region;
      },
    }).then((ui) => {
      ui.mount();
      return new Promise<HTMLElement>((resolve) => ctx.setTimeout(() => resolve(ui.mounted!), 100));
    }));

  return {
    say(key: string, text: string) {
      void open().then((region) => {
        lines.get(key)?.remove();
        const line = document.createElement('p');
        line.textContent = text;
        const dismiss = document.createElement('button');
        dismiss.type = 'button';
        dismiss.textContent = 'Dismiss';
        dismiss.addEventListener('click', () => line.remove());
        line.append(dismiss);
        region.append(line);
        lines.set(key, line);
      });
    },
  };
}

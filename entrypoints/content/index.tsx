import { browser, createShadowRootUi, defineContentScript, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
// The panel's styles go in this script's CSS, which the shadow root loads; the panel itself loads with the composer support.
import '../../components/panel/panel.css';
import { adapterFor, adapters } from '../../lib/adapters';
import { recordInBackground } from '../../lib/decisions/record-request';
import { checkInBackground } from '../../lib/composer/check-request';
import { COMPOSER_SUPPORT_FILE, loadComposerSupport, type ComposerSupport, type PanelMount } from '../../lib/composer/composer-support';
import { DraftChecks, type Severities } from '../../lib/composer/draft-checks';
import { PhotoSights } from '../../lib/composer/photo-sights';
import type { FaceChoice } from '../../lib/policy/policy';
import { isMedia } from '../../lib/composer/files-from-event';
import { guardPage } from '../../lib/composer/guard-page';
import { isOrphaned, ORPHAN_EVENTS, ORPHANED_MESSAGE, orphanGuard } from '../../lib/composer/orphan-guard';
import { ISOLATED_EVENTS, pageNotices } from '../../lib/composer/page-notices';
import type { GateAnswers, GateView } from '../../lib/composer/press-gate';
import { sightingMessage } from '../../lib/composer/protection-record';
import { unprotectedMessage } from '../../lib/composer/unprotected-badge';
import { watchManagedPolicy } from '../../lib/storage/managed-policy';
import { policyItem, settingsItem } from '../../lib/storage/items';
import { keptPolicyItem } from '../../lib/storage/policy-in-force';

/**
 * What `createShadowRootUi` is given in place of WXT's context. WXT's context
 * aborts itself on a DOM event any page script can dispatch
 * (`<id>:content:wxt:content-script-started`), and on its own timers once the
 * extension is updated; tied to it, the panel would go with it. Chrome never
 * injects a declared content script twice into a live tab, so the guard has
 * nothing to gain from WXT's "stop the older copy" and is tied to nothing the page can reach.
 */
const UNENDING = { options: { cssInjectionMode: 'ui' }, onInvalidated: () => () => undefined } as unknown as ContentScriptContext;

export default defineContentScript({
  matches: adapters.flatMap((adapter) => adapter.matches),
  // Composers inside frames too, such as Facebook's comment plugin on a nursery's own website.
  allFrames: true,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main() {
    const adapter = adapterFor(location.href);
    if (!adapter) return;

    let support: Promise<ComposerSupport> | undefined;
    const loadSupport = () => {
      support ??= loadComposerSupport(browser.runtime.getURL(COMPOSER_SUPPORT_FILE as '/composer-support.js')).catch((error: unknown) => {
        support = undefined;
        throw error;
      });
      return support;
    };
    let severities: Promise<Severities | undefined> | undefined;
    const currentSeverities = () => {
      severities ??= keptPolicyItem.getValue().then(
        (kept) => kept?.severities,
        () => ((severities = undefined), undefined),
      );
      return severities;
    };
    // The policy's faces choice; not known yet counts as `ask`, so faces are looked for rather than missed.
    let faces: Promise<FaceChoice> | undefined;
    const faceChoice = () => {
      faces ??= keptPolicyItem.getValue().then(
        (kept) => (kept ? (kept.policy.faces ?? 'allowed') : 'ask'),
        () => ((faces = undefined), 'ask' as const),
      );
      return faces;
    };
    const checks = new DraftChecks({
      checker: () => loadSupport().then(({ readPhoto }) => ({ readPhoto, check: checkInBackground })),
      severities: currentSeverities,
      photoBudgetMs: 3000,
      // Looked at as soon as a photo is attached, off the page; a photo not looked at within this time is reported unchecked.
      sights: new PhotoSights({
        look: async (file) => (await loadSupport()).look(file, { faces: (await faceChoice()) === 'ask', writing: true }),
        budgetMs: 15_000,
        now: () => performance.now(),
        hurry: () => void loadSupport().then((support) => support.hurry(), () => undefined),
      }),
    });
    const policyChanged = () => {
      severities = undefined;
      faces = undefined;
      checks.forget();
    };
    policyItem.watch(policyChanged);
    watchManagedPolicy(policyChanged);
    // The background rewrites its copy after each change above; only the severities come from it.
    keptPolicyItem.watch(() => {
      severities = undefined;
      faces = undefined;
    });

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
    settingsItem.watch((settings) => (removal = Promise.resolve((removes = settings.removeLocations))));

    // Known once read: the policy blurs faces, so attached photos must be held for blurring even with location removal off.
    let blurs = false;
    const notices = pageNotices();
    const panel = panelHost(loadSupport);
    let noticeShown = false;

    // The guard's own listeners, on window in the capture phase, removed only when the extension is gone.
    const guard = new AbortController();
    let orphan: ((event: Event) => void) | undefined;
    /** Once the extension is updated or reloaded under the page: hold every press on a composer and say why. */
    const orphaned = (event: Event) => {
      if (!orphan) {
        guard.abort();
        panel.hide();
        const tell = () => notices.say('orphaned', ORPHANED_MESSAGE);
        orphan = orphanGuard(adapter, tell);
        for (const type of ORPHAN_EVENTS) window.addEventListener(type, orphan, { capture: true });
        tell();
      }
      orphan(event);
    };

    guardPage(
      {
        adapter,
        checks,
        show: (view, answers) => (orphan ? undefined : panel.show(view, answers)),
        hide: panel.hide,
        record: (decision) => void recordInBackground({ at: new Date().toISOString(), site: adapter.site, ...decision }).catch(() => undefined),
        listen: (type, handler) =>
          window.addEventListener(type, (event) => (isOrphaned() ? orphaned(event) : handler(event)), { capture: true, signal: guard.signal }),
        later: (callback, ms) => void window.setTimeout(callback, ms),
        whenIdle: (callback) => void requestIdleCallback(callback, { timeout: 1000 }),
        warmUp: () => {
          void removalWanted();
          void currentSeverities();
          void faceChoice().then((choice) => (blurs = choice === 'blur'));
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
          void faceChoice().then((choice) => (blurs = choice === 'blur'));
          return removes !== false || blurs;
        },
        clean: async (files) => {
          const [removeLocations, choice] = await Promise.all([removalWanted(), faceChoice()]);
          if (!removeLocations && choice !== 'blur') return files;
          try {
            const support = await loadSupport();
            const cleaning = { removeLocations, ...(choice === 'blur' ? { blurFaces: (file: File) => support.blur(file, file.name) } : {}) };
            const { handOver, notice } = await support.cleanAttached(files, adapter.platform, cleaning);
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

/**
 * The panel, in a closed shadow root made once a composer is in use, so a press
 * finds it ready: the page's scripts can neither read the findings nor press
 * its buttons. Put back on the page if the page removed it while it was wanted.
 */
function panelHost(loadSupport: () => Promise<ComposerSupport>) {
  let ui: Promise<ShadowRootContentScriptUi<PanelMount>> | undefined;
  let wanted: { view: GateView; answers: GateAnswers } | undefined;

  const prepare = () => {
    ui ??= loadSupport().then((support) =>
      createShadowRootUi(UNENDING, {
        name: 'ask-yourself-panel',
        mode: 'closed',
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
    if (host.mounted && !host.shadowHost.isConnected) host.remove();
    if (!host.mounted) host.mount();
    host.mounted?.render(wanted.view, wanted.answers);
  };

  return {
    prepare: () => void prepare().catch(() => undefined),
    show: (view: GateView, answers: GateAnswers) => {
      wanted = { view, answers };
      void render().catch(() => undefined);
    },
    hide: () => {
      wanted = undefined;
      void render().catch(() => undefined);
    },
  };
}

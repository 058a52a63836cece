import type { CDPSession, Frame, Page } from 'playwright-core';

/**
 * Reaches an element in a closed shadow root the way assistive technology and
 * the contract's tests do (shared/contract.md, "The panel"): the Chrome DevTools
 * Protocol's DOM and Accessibility domains see through closed roots, and
 * presses and typing are real input events at the element's place on screen
 * (isTrusted, as a person's). The page's own scripts can do none of this.
 *
 * The API is the part of Playwright's Locator the tests use, so a test reads as
 * it would for any other element.
 */

type Step =
  | { kind: 'css'; selector: string }
  | { kind: 'role'; role: string; name?: string | RegExp; exact?: boolean }
  | { kind: 'text'; text: string | RegExp; exact?: boolean }
  | { kind: 'has-text'; text: string | RegExp }
  | { kind: 'nth'; index: number };

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

interface AXNode {
  ignored: boolean;
  backendDOMNodeId?: number;
  name?: { value?: string };
}

const DEFAULT_TIMEOUT = 15_000;

// Text matching as Playwright's getByText does it: a string matches ignoring case and spacing
// (in full when exact), a pattern as it is; the smallest elements whose text matches.
const TEXT_TEST = `const text = (element) => (element.innerText ?? element.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const test = (value) => m.source !== undefined ? new RegExp(m.source, m.flags).test(value) : m.exact ? value === m.value.replace(/\\s+/g, ' ').trim() : value.toLowerCase().includes(m.value.replace(/\\s+/g, ' ').trim().toLowerCase());`;
const SMALLEST_WITH_TEXT = `function (m) { ${TEXT_TEST}
  return [...this.querySelectorAll('*')].filter((element) => test(text(element)) && ![...element.children].some((child) => test(text(child)))); }`;
const HAS_TEXT = `function (m) { ${TEXT_TEST}
  return test(text(this)) ? [this] : []; }`;
const sessions = new WeakMap<Page | Frame, Promise<CDPSession>>();

/** A session for the page, or for a frame of another site, which Chromium keeps in its own process and DOM tree. */
function sessionOf(target: Page | Frame): Promise<CDPSession> {
  let session = sessions.get(target);
  if (!session) {
    const page = 'page' in target ? target.page() : target;
    session = page.context().newCDPSession(target);
    sessions.set(target, session);
  }
  return session;
}

const matches = (value: string, wanted: string | RegExp, exact = false): boolean =>
  typeof wanted === 'string' ? (exact ? value.trim() === wanted : value.toLowerCase().includes(wanted.toLowerCase())) : wanted.test(value);

function hostsIn(node: DomNode, tag: string, found: DomNode[] = []): DomNode[] {
  if (node.localName === tag) found.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) hostsIn(child, tag, found);
  return found;
}

/** One query into closed shadow roots, resolved afresh (and waited for) on every use, as a Locator is. */
export class ShadowLocator {
  private readonly page: Page;

  /** `within` is the page, or a frame of another site that the panel sits in (presses are for the page's own panel). */
  constructor(
    private readonly within: Page | Frame,
    private readonly host: string,
    private readonly steps: readonly Step[] = [],
  ) {
    this.page = 'page' in within ? within.page() : within;
  }

  private with(step: Step): ShadowLocator {
    return new ShadowLocator(this.within, this.host, [...this.steps, step]);
  }

  locator(selector: string): ShadowLocator {
    return this.with({ kind: 'css', selector });
  }

  getByRole(role: string, options: { name?: string | RegExp; exact?: boolean } = {}): ShadowLocator {
    return this.with({ kind: 'role', role, ...options });
  }

  getByText(text: string | RegExp, options: { exact?: boolean } = {}): ShadowLocator {
    return this.with({ kind: 'text', text, ...options });
  }

  filter({ hasText }: { hasText: string | RegExp }): ShadowLocator {
    return this.with({ kind: 'has-text', text: hasText });
  }

  first(): ShadowLocator {
    return this.with({ kind: 'nth', index: 0 });
  }

  last(): ShadowLocator {
    return this.with({ kind: 'nth', index: -1 });
  }

  nth(index: number): ShadowLocator {
    return this.with({ kind: 'nth', index });
  }

  /** The matching elements now, each as a main-world remote object id (never a page global). */
  private async resolve(): Promise<string[]> {
    const cdp = await sessionOf(this.within);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
      // The accessibility query walks the DOM tree, not the flat tree: inside a shadow root it starts from the root's own elements.
      let scope: { node: number; backend: number; shadow?: number; inner?: number[] }[] = hostsIn(root, this.host).flatMap((host) => {
        const shadow = host.shadowRoots?.[0];
        return shadow ? [{ node: host.nodeId, backend: host.backendNodeId, shadow: shadow.nodeId, inner: (shadow.children ?? []).map((child) => child.backendNodeId) }] : [];
      });
      for (const step of this.steps) {
        const next: { node: number; backend: number }[] = [];
        if (step.kind === 'nth') {
          const pick = scope.at(step.index);
          scope = pick ? [pick] : [];
          continue;
        }
        for (const { node, backend, shadow, inner } of scope) {
          if (step.kind === 'css') {
            const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow ?? node, selector: step.selector });
            next.push(...(await this.described(cdp, nodeIds)));
          } else if (step.kind === 'role') {
            const nodes: AXNode[] = [];
            for (const from of inner ?? [backend]) nodes.push(...((await cdp.send('Accessibility.queryAXTree', { backendNodeId: from, role: step.role })) as unknown as { nodes: AXNode[] }).nodes);
            const named = nodes.filter(
              (ax) => !ax.ignored && ax.backendDOMNodeId !== undefined && (step.name === undefined || matches(ax.name?.value ?? '', step.name, step.exact ?? typeof step.name === 'string')),
            );
            const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: named.map((ax) => ax.backendDOMNodeId!) });
            next.push(...nodeIds.map((id, i) => ({ node: id, backend: named[i].backendDOMNodeId! })));
          } else {
            const matcher = typeof step.text === 'string' ? { value: step.text, exact: step.kind === 'text' && step.exact === true } : { source: step.text.source, flags: step.text.flags };
            const { result } = await cdp.send('Runtime.callFunctionOn', {
              objectId: await this.objectOf(cdp, step.kind === 'text' ? (shadow ?? node) : node),
              functionDeclaration: step.kind === 'text' ? SMALLEST_WITH_TEXT : HAS_TEXT,
              arguments: [{ value: matcher }],
            });
            next.push(...(await this.objectsToNodes(cdp, result.objectId!)));
          }
        }
        scope = next;
      }
      const objects: string[] = [];
      for (const { backend } of scope) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: backend });
        if (object.objectId) objects.push(object.objectId);
      }
      return objects;
    } finally {
      // Left on, these domains would report every change the page makes, and slow the page being measured.
      await cdp.send('Accessibility.disable').catch(() => undefined);
      await cdp.send('DOM.disable').catch(() => undefined);
    }
  }

  private async described(cdp: CDPSession, nodeIds: number[]): Promise<{ node: number; backend: number }[]> {
    const found: { node: number; backend: number }[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      found.push({ node: nodeId, backend: node.backendNodeId });
    }
    return found;
  }

  private async objectOf(cdp: CDPSession, nodeId: number): Promise<string> {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    return object.objectId!;
  }

  /** The elements of a remote array, as nodes. */
  private async objectsToNodes(cdp: CDPSession, arrayId: string): Promise<{ node: number; backend: number }[]> {
    const { result } = await cdp.send('Runtime.getProperties', { objectId: arrayId, ownProperties: true });
    const found: { node: number; backend: number }[] = [];
    for (const property of result) {
      const objectId = /^\d+$/.test(property.name) ? property.value?.objectId : undefined;
      if (!objectId) continue;
      const { nodeId } = await cdp.send('DOM.requestNode', { objectId });
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      found.push({ node: nodeId, backend: node.backendNodeId });
    }
    return found;
  }

  private async on<T>(objectId: string, fn: string, ...args: unknown[]): Promise<T> {
    const cdp = await sessionOf(this.within);
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  private visible(objectId: string): Promise<boolean> {
    return this.on<boolean>(objectId, 'function () { const style = getComputedStyle(this); return this.getClientRects().length > 0 && style.visibility !== "hidden"; }');
  }

  private async poll<T>(what: string, timeout: number, attempt: () => Promise<T | undefined>): Promise<T> {
    const until = Date.now() + timeout;
    for (;;) {
      const done = await attempt().catch(() => undefined);
      if (done !== undefined) return done;
      if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${what} in <${this.host}> (${JSON.stringify(this.steps)})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The one element this locator means, once it is there (and, unless `hidden` is allowed, visible). */
  private one(timeout: number, ready?: (objectId: string) => Promise<boolean>): Promise<string> {
    return this.poll('the element', timeout, async () => {
      const [first] = await this.resolve();
      if (!first || !(await this.visible(first))) return undefined;
      return !ready || (await ready(first)) ? first : undefined;
    });
  }

  async count(): Promise<number> {
    return (await this.resolve()).length;
  }

  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT }: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    await this.poll(`state ${state}`, timeout, async () => {
      const [first] = await this.resolve();
      const shown = first !== undefined && (await this.visible(first));
      const done = { attached: first !== undefined, detached: first === undefined, visible: shown, hidden: !shown }[state];
      return done ? true : undefined;
    });
  }

  /** The element's centre on screen, scrolled into view, once it is visible and enabled. */
  private async place(timeout = DEFAULT_TIMEOUT): Promise<{ x: number; y: number }> {
    const box = await this.boxOf(await this.one(timeout, async (id) => !(await this.on<boolean>(id, 'function () { return !!this.disabled; }'))));
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  private async boxOf(objectId: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const cdp = await sessionOf(this.within);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { objectId });
    const { quads } = await cdp.send('DOM.getContentQuads', { objectId });
    const xs = [quads[0][0], quads[0][2], quads[0][4], quads[0][6]];
    const ys = [quads[0][1], quads[0][3], quads[0][5], quads[0][7]];
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  }

  /** Where the element is on screen, in CSS pixels of the viewport, once it is visible. */
  async boundingBox({ timeout = DEFAULT_TIMEOUT }: { timeout?: number } = {}): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.boxOf(await this.one(timeout));
  }

  /** A real click (mouse down and up from the browser's input pipeline) at the element's centre. */
  async click({ timeout }: { timeout?: number } = {}): Promise<void> {
    const { x, y } = await this.place(timeout);
    await this.page.mouse.click(x, y);
  }

  async dblclick({ timeout }: { timeout?: number } = {}): Promise<void> {
    const { x, y } = await this.place(timeout);
    await this.page.mouse.dblclick(x, y);
  }

  /** Clicks into a text box, selects what is in it and types `text` over it, as a person would. */
  async fill(text: string, { timeout }: { timeout?: number } = {}): Promise<void> {
    await this.click({ timeout });
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text) await this.page.keyboard.insertText(text);
    else await this.page.keyboard.press('Delete');
  }

  async focus({ timeout = DEFAULT_TIMEOUT }: { timeout?: number } = {}): Promise<void> {
    const objectId = await this.one(timeout);
    const cdp = await sessionOf(this.within);
    await cdp.send('DOM.focus', { objectId });
  }

  async isDisabled(): Promise<boolean> {
    return this.on<boolean>(await this.one(DEFAULT_TIMEOUT), 'function () { return !!this.disabled; }');
  }

  async isEnabled(): Promise<boolean> {
    return !(await this.isDisabled());
  }

  async isVisible(): Promise<boolean> {
    const [first] = await this.resolve();
    return first !== undefined && this.visible(first);
  }

  async innerText(): Promise<string> {
    return this.on<string>(await this.one(DEFAULT_TIMEOUT), 'function () { return this.innerText; }');
  }

  async textContent(): Promise<string | null> {
    return this.on<string | null>(await this.one(DEFAULT_TIMEOUT), 'function () { return this.textContent; }');
  }

  async getAttribute(name: string): Promise<string | null> {
    return this.on<string | null>(await this.one(DEFAULT_TIMEOUT), 'function (name) { return this.getAttribute(name); }', name);
  }

  /** Runs `fn` on every matching element at once, in the page's main world, through the protocol. */
  async evaluateAll<R>(fn: (elements: Element[]) => R): Promise<R> {
    const objects = await this.resolve();
    const cdp = await sessionOf(this.within);
    const [first] = objects;
    if (!first) return fn([]);
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: first,
      functionDeclaration: `function (...elements) { return (${fn.toString()})(elements); }`,
      arguments: objects.map((objectId) => ({ objectId })),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  }
}

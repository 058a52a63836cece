const replays = new WeakSet<Event>();

/** True for an event this extension dispatched itself, which its own listeners let pass. */
export const isReplay = (event: Event): boolean => replays.has(event);

type Dispatch = (target: Element) => void;

const common = (event: UIEvent) => ({ bubbles: true, cancelable: true, composed: true, view: event.view, detail: event.detail });

const modifiers = (event: MouseEvent | KeyboardEvent) => ({
  ctrlKey: event.ctrlKey,
  shiftKey: event.shiftKey,
  altKey: event.altKey,
  metaKey: event.metaKey,
});

function send(target: Element, event: Event): void {
  replays.add(event);
  target.dispatchEvent(event);
}

/**
 * Copies a press, taken while it is being stopped, so it can be given back to the
 * site later exactly as it came: the same kind of event, position, button, keys
 * and legacy key codes (Chromium honours keyCode and which in the copy). A key
 * press is given back as key down and key up, as a real press is.
 */
export function recordPress(event: Event): Dispatch {
  if (event instanceof MouseEvent) {
    const init: PointerEventInit = {
      ...common(event),
      ...modifiers(event),
      screenX: event.screenX,
      screenY: event.screenY,
      clientX: event.clientX,
      clientY: event.clientY,
      button: event.button,
      buttons: event.buttons,
    };
    const pointer = typeof PointerEvent !== 'undefined' && event instanceof PointerEvent;
    if (pointer) Object.assign(init, { pointerId: event.pointerId, pointerType: event.pointerType, isPrimary: event.isPrimary });
    return (target) => send(target, pointer ? new PointerEvent(event.type, init) : new MouseEvent(event.type, init));
  }
  if (event instanceof KeyboardEvent) {
    const init = {
      ...common(event),
      ...modifiers(event),
      key: event.key,
      code: event.code,
      location: event.location,
      repeat: false,
      keyCode: event.keyCode,
      which: event.which,
      charCode: event.charCode,
    };
    return (target) => {
      send(target, new KeyboardEvent('keydown', init));
      send(target, new KeyboardEvent('keyup', init));
    };
  }
  return (target) => send(target, new Event(event.type, { bubbles: true, cancelable: true, composed: true }));
}

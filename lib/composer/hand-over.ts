import { pickerOf } from './files-from-event';

const handOvers = new WeakSet<Event>();
/** Pickers whose `input` event was held, so their `change` gives both back. */
const heldInputs = new WeakSet<HTMLInputElement>();

/** True for an attaching event this extension dispatched with cleaned files, which its own listeners let pass. */
export const isHandOver = (event: Event): boolean => handOvers.has(event);

/** An attaching event stopped before the site saw it. */
export interface HeldAttachment {
  /** Every file it carried, photos or not, in order. */
  files: File[];
  /** Gives the site these files in the same way the originals came. With none, the site is never told. */
  handOver(files: readonly File[]): void;
}

function send(target: EventTarget, event: Event): void {
  handOvers.add(event);
  target.dispatchEvent(event);
}

function transferOf(files: readonly File[], strings: readonly [string, string][]): DataTransfer {
  const transfer = new DataTransfer();
  for (const [type, value] of strings) transfer.setData(type, value);
  for (const file of files) transfer.items.add(file);
  return transfer;
}

/** A drag's or clipboard's other contents (a page's link or HTML beside its image), readable only inside the event. */
const stringsOf = (data: DataTransfer | null): [string, string][] =>
  data ? data.types.filter((type) => type !== 'Files').map((type) => [type, data.getData(type)]) : [];

/**
 * Holds a file picker's `input` event, which comes just before its `change`:
 * a site listening for it would otherwise read the files before they are cleaned.
 */
export function holdPickerInput(event: Event): void {
  const input = pickerOf(event);
  if (!input) return;
  event.stopImmediatePropagation();
  heldInputs.add(input);
}

/**
 * Stops a picker's change, a drop or a paste before the site's own handlers,
 * keeping what the site would have read, so it can be given the cleaned files
 * later exactly once: the picker's files replaced and its events fired again,
 * or the drop or paste dispatched again with the new files where it landed.
 * Call synchronously inside the event, in the capture phase on window.
 */
export function holdAttachment(event: Event): HeldAttachment {
  event.stopImmediatePropagation();
  const input = pickerOf(event);
  if (input) {
    const withInput = heldInputs.delete(input);
    const originals = [...(input.files ?? [])];
    return {
      files: originals,
      handOver: (files) => {
        // Clearing the picker when nothing is handed over leaves no original behind for the site to read later.
        if (files.length === 0) return void (input.value = '');
        if (files.some((file, i) => file !== originals[i]) || files.length !== originals.length) input.files = transferOf(files, []).files;
        if (withInput) send(input, new Event('input', { bubbles: true, composed: true }));
        send(input, new Event('change', { bubbles: true }));
      },
    };
  }
  // A drop or paste the browser would otherwise act on itself (a dropped file opens in the tab).
  event.preventDefault();
  const target = event.target as EventTarget;
  if (event.type === 'drop') {
    const drag = event as DragEvent;
    const strings = stringsOf(drag.dataTransfer);
    // Where it landed, for a site that places the photo by the pointer.
    const { clientX, clientY } = drag;
    return {
      files: [...(drag.dataTransfer?.files ?? [])],
      handOver: (files) => {
        if (files.length === 0) return;
        send(target, new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, clientX, clientY, dataTransfer: transferOf(files, strings) }));
      },
    };
  }
  const clipboard = (event as ClipboardEvent).clipboardData;
  const strings = stringsOf(clipboard);
  return {
    files: [...(clipboard?.files ?? [])],
    handOver: (files) => {
      if (files.length === 0) return;
      send(target, new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: transferOf(files, strings) }));
    },
  };
}

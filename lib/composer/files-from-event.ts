/** True for a photo or video, or a file whose kind the system could not tell (HEIC often arrives so). */
export const isMedia = (file: File): boolean => file.type === '' || /^(image|video)\//.test(file.type);

/** The file input an event came from, when it is a picker's `input` or `change`. */
export const pickerOf = (event: Event): HTMLInputElement | undefined =>
  (event.type === 'change' || event.type === 'input') && event.target instanceof HTMLInputElement && event.target.type === 'file' ? event.target : undefined;

/**
 * The photos and videos an event attaches: a file picker's change (or the input
 * event just before it), a drop, or a paste. Read at once, inside the event: the
 * sites reset the picker in their own handler, and a drop's or paste's files are
 * gone once the event is over.
 */
export function filesFromEvent(event: Event): File[] {
  let files: FileList | null | undefined;
  if (event.type === 'drop') files = (event as DragEvent).dataTransfer?.files;
  else if (event.type === 'paste') files = (event as ClipboardEvent).clipboardData?.files;
  else files = pickerOf(event)?.files;
  return files ? [...files].filter(isMedia) : [];
}

const isMedia = (file: File): boolean => file.type === '' || /^(image|video)\//.test(file.type);

/**
 * The photos and videos an event attaches: a file picker's change, a drop, or a
 * paste. Read at once, inside the event: the sites reset the picker in their own
 * handler, and a drop's or paste's files are gone once the event is over.
 */
export function filesFromEvent(event: Event): File[] {
  let files: FileList | null | undefined;
  if (event.type === 'change' && event.target instanceof HTMLInputElement && event.target.type === 'file') files = event.target.files;
  else if (event.type === 'drop') files = (event as DragEvent).dataTransfer?.files;
  else if (event.type === 'paste') files = (event as ClipboardEvent).clipboardData?.files;
  return files ? [...files].filter(isMedia) : [];
}

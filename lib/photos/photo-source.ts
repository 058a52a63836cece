import { blobBytes } from './blob-bytes';

/**
 * A photo or video to read, as a size and a way to read a range of its bytes.
 * The checker reads only the few ranges that hold metadata, so a 20 MB photo
 * costs a few kilobytes, whether it is a browser File or a file on disk.
 */
export interface PhotoSource {
  /** The file's name as attached; shown to the member of staff, never used to guess the format. */
  name: string;
  /** The file's length in bytes. */
  size: number;
  /** The MIME type the browser or caller reported, if any. */
  type?: string;
  /** Reads bytes `start` (inclusive) to `end` (exclusive); fewer at the end of the file. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A browser File or Blob as a PhotoSource, reading only the slices asked for. */
export function blobSource(file: Blob, name?: string): PhotoSource {
  return {
    name: name ?? (file as Partial<File>).name ?? 'photo',
    size: file.size,
    type: file.type || undefined,
    read: (start, end) => blobBytes(file.slice(start, end)),
  };
}

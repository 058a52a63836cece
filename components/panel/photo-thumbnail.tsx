import { useEffect, useRef, type JSX } from 'react';
import type { FaceBox } from '../../lib/types';

/** The longest side of a thumbnail, in CSS pixels. */
const SIDE = 96;

const facesWording = (count: number): string => (count === 1 ? '1 face outlined' : `${count} faces outlined`);

/** What a screen reader hears for the thumbnail: the photo's name and how many faces are outlined. */
export const thumbnailLabel = (name: string, faces: readonly FaceBox[]): string => `${name}, with ${facesWording(faces.length)}`;

/**
 * A small copy of a flagged photo with each face seen outlined, drawn on a
 * canvas from the file the person attached: decoded by the browser at the size
 * shown, and never sent or stored anywhere. A photo the browser cannot draw
 * leaves the canvas empty; its name and the outline count are still said.
 */
export function PhotoThumbnail({ name, file, faces }: { name: string; file: Blob; faces: readonly FaceBox[] }): JSX.Element {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let cancelled = false;
    let bitmap: ImageBitmap | undefined;
    void (async () => {
      try {
        bitmap = await createImageBitmap(file);
      } catch {
        return;
      }
      const canvas = canvasRef.current;
      const context = canvas?.getContext('2d');
      if (cancelled || !canvas || !context) return;
      const scale = SIDE / Math.max(bitmap.width, bitmap.height);
      const ratio = globalThis.devicePixelRatio || 1;
      const width = Math.round(bitmap.width * scale);
      const height = Math.round(bitmap.height * scale);
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      context.lineWidth = 2 * ratio;
      for (const face of faces) {
        // Two strokes, dark under light, so the outline shows on any skin, hair or background.
        for (const [colour, inset] of [['#000', 0], ['#ffd400', context.lineWidth]] as const) {
          context.strokeStyle = colour;
          context.strokeRect(face.x * canvas.width + inset / 2, face.y * canvas.height + inset / 2, face.width * canvas.width - inset, face.height * canvas.height - inset);
        }
      }
    })();
    return () => {
      cancelled = true;
      bitmap?.close();
    };
  }, [file, faces]);

  return <canvas ref={canvasRef} className="ay-thumbnail" role="img" aria-label={thumbnailLabel(name, faces)} width={SIDE} height={SIDE} />;
}

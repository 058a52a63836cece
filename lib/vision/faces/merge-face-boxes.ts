import type { FaceBox } from '../../types';

/** More of a box than this already covered by better-scored boxes, and it is a face seen twice. */
const SAME_FACE_OVERLAP = 0.5;

const area = (box: FaceBox): number => box.width * box.height;

function intersection(a: FaceBox, b: FaceBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * One box per face from several passes over a picture, highest score first.
 * A box is dropped when a better one covers most of either of them (the same
 * face at another scale), or when better ones together cover most of it: the
 * coarse pass sometimes draws one box across two neighbours' faces.
 */
export function mergeFaceBoxes(boxes: readonly FaceBox[]): FaceBox[] {
  const kept: FaceBox[] = [];
  for (const box of [...boxes].sort((a, b) => b.score - a.score)) {
    const shared = kept.map((other) => intersection(box, other));
    const sameFace = shared.some((common, i) => common / Math.min(area(box), area(kept[i])) > SAME_FACE_OVERLAP);
    const covered = shared.reduce((sum, common) => sum + common, 0) / area(box) > SAME_FACE_OVERLAP;
    if (!sameFace && !covered) kept.push(box);
  }
  return kept;
}

import { IPTC_PLACES, iptcDatasets } from '../photos/iptc';
import { EditPlan } from './edit-plan';

export const PLACE_IN_IPTC = 'place name in IPTC';

/**
 * Takes the place-name datasets (city, sub-location, province or state,
 * country, content location) out of the IPTC records in `b[start, end)`. The
 * datasets after each one move up and the freed bytes at the end become zeros,
 * which readers take as the padding Photoshop writes: the block keeps its
 * length, so nothing around it moves.
 */
export function planIptcPlaceRemoval(b: Uint8Array, start: number, end: number, plan: EditPlan): void {
  const block = b.subarray(start, end);
  const datasets = iptcDatasets(block);
  const places = datasets.filter((d) => d.record === 2 && IPTC_PLACES.has(d.dataset) && d.end > d.value);
  if (places.length === 0) return;
  const last = datasets[datasets.length - 1].end;
  const kept = new Uint8Array(last);
  let write = 0;
  for (const d of datasets) {
    if (places.includes(d)) continue;
    kept.set(block.subarray(d.start, d.end), write);
    write += d.end - d.start;
  }
  plan.overwrite(start, kept);
  plan.removed.add(PLACE_IN_IPTC);
}

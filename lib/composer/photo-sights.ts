import type { PhotoSight } from '../types';
import { SIGHT_PROBLEM } from '../vision/host/sight-problems';
import type { TrackedPhoto } from './photo-tracker';

interface Looking {
  started: number;
  sight: Promise<PhotoSight>;
  done?: PhotoSight;
}

/** What looking at photos needs from the page. */
export interface SightPorts {
  /** Looks at one file off the page's thread (faces, writing, as the policy needs). Never rejects. */
  look(file: File): Promise<PhotoSight>;
  /** How long after a photo was attached its sight may still arrive; past that it counts as not looked at in time. */
  budgetMs: number;
  now(): number;
  /** A press is waiting for photos still being looked at: have them looked at before other tabs'. */
  hurry?(): void;
}

const late: PhotoSight = { problem: SIGHT_PROBLEM.tooSlow };

/**
 * What each attached photo shows, looked at once per photo as soon as it is
 * attached (so it runs while the person writes), and given to every check of a
 * draft holding it. The time allowed runs from the attaching, not from a
 * press: a photo still not looked at when its time is up is reported unchecked
 * with that reason, and a later check still uses the sight if it comes.
 */
export class PhotoSights {
  private lookings = new WeakMap<TrackedPhoto, Looking>();

  constructor(private readonly ports: SightPorts) {}

  /** Starts looking at a photo, once. */
  start(photo: TrackedPhoto): Looking {
    let looking = this.lookings.get(photo);
    if (!looking) {
      const started: Looking = {
        started: this.ports.now(),
        sight: this.ports.look(photo.file).then(
          (sight) => (started.done = sight),
          () => (started.done = { problem: SIGHT_PROBLEM.unavailable }),
        ),
      };
      looking = started;
      this.lookings.set(photo, looking);
    }
    return looking;
  }

  /** The photo's sight, waiting at most until its time is up; `complete` is false when it came too late. */
  async sightOf(photo: TrackedPhoto): Promise<{ sight: PhotoSight; complete: boolean }> {
    const looking = this.start(photo);
    if (looking.done) return { sight: looking.done, complete: true };
    const left = looking.started + this.ports.budgetMs - this.ports.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeUp = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, Math.max(0, left), undefined)));
    const sight = await Promise.race([looking.sight, timeUp]).finally(() => clearTimeout(timer));
    return sight ? { sight, complete: true } : { sight: late, complete: false };
  }

  /** Settles once every one of these photos has been looked at or run out of time; none when none is still being looked at. */
  looking(photos: readonly TrackedPhoto[]): Promise<void> | undefined {
    const pending = photos.filter((photo) => !this.start(photo).done);
    if (pending.length) this.ports.hurry?.();
    return pending.length ? Promise.all(pending.map((photo) => this.sightOf(photo))).then(() => undefined) : undefined;
  }

  /** Forgets every sight, when the policy changes what is looked for. */
  forget(): void {
    this.lookings = new WeakMap();
  }
}

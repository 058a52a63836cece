import { effectivePolicy } from '../../../lib/engine/check-post';
import { createContext, type CheckContext } from '../../../lib/engine/context';
import type { Policy } from '../../../lib/policy/policy';

/** A real context for one post, as the engine builds it. */
export const contextFor = (text: string, policy: Partial<Policy> = {}, photos = 0): CheckContext =>
  createContext(
    { text, photos: Array.from({ length: photos }, (_, i) => ({ name: `photo-${i}.jpg`, readable: true, keywords: [] })) },
    effectivePolicy({ version: 1, ...policy }),
  );

import { execFileSync } from 'node:child_process';
import { createWorker } from 'tesseract.js';
import { pictureForReading } from './lib/vision/writing/picture-for-reading';
import { nodeReaderPaths } from './lib/vision/writing/node-reader-paths';
const decode = (f: string) => {
  const o = execFileSync('/usr/bin/convert', [f, '-auto-orient', 'rgba:-'], { maxBuffer: 1e9 });
  const [W,H] = execFileSync('/usr/bin/convert', [f, '-auto-orient', '-format', '%w %h', 'info:']).toString().split(' ').map(Number);
  return { width: W, height: H, data: new Uint8ClampedArray(o) };
};
const w = await createWorker('eng', 1, { ...nodeReaderPaths(), cacheMethod: 'none', gzip: true });
await w.setParameters({ tessedit_pageseg_mode: (process.env.PSM ?? '11') as never, user_defined_dpi: '300', thresholding_method: process.env.TM ?? '0' } as never);
for (const f of process.argv.slice(2)) {
  const t = Date.now();
  const px = decode(f);
  const r = await w.recognize(pictureForReading(px) as never, {}, { blocks: true });
  const words = r.data.blocks?.flatMap(b => b.paragraphs.flatMap(p => p.lines.flatMap(l => l.words))) ?? [];
  console.log(f.split('/').pop(), Date.now()-t, words.map(w => `${w.text}:${w.confidence.toFixed(0)}`).join(' '));
}
await w.terminate();

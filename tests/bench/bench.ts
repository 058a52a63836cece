/**
 * `npm run bench`: prints how long Ask Yourself's checks take, each beside the
 * floor it cannot beat (compromise's bare parse, one bare exifr read). Figures,
 * not assertions: run it on the machine you care about.
 */
import { benchBrowser } from './browser-bench';
import { benchChecker, benchNameData, benchWorstCases } from './checker-bench';
import { benchCommands } from './command-bench';
import { benchFaces } from './faces-bench';
import { benchLocationRemoval } from './location-removal-bench';
import { benchPhotos } from './photo-bench';
import { benchWriting } from './writing-bench';

const sections = [benchNameData, benchChecker, benchWorstCases, benchCommands, benchPhotos, benchLocationRemoval, benchFaces, benchWriting, benchBrowser];
console.log(`Ask Yourself benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const section of sections) {
  console.log((await section()).join('\n'));
  console.log('');
}

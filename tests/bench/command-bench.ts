import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildCommands, builtCommand } from '../../lib/cli/build';
import { measurePair, row } from './measure';

const RUNS = 20;
const run = (file: string, args: string[]) => () => spawnSync(file, args, { stdio: 'ignore' });
const bareNode = run(process.execPath, ['-e', '0']);

/**
 * How soon the built commands start, each beside a bare `node` that does
 * nothing: start-up is the time to read the command line and answer a mistake
 * in it; a whole check adds building compromise's language model, shown beside
 * loading compromise alone.
 */
export async function benchCommands(): Promise<string[]> {
  await buildCommands();
  const check = builtCommand('check');
  const [node, checkStart] = await measurePair(bareNode, run(check, ['--no-such-option']), RUNS);
  const [compromise, checkPost] = await measurePair(
    run(process.execPath, ['-e', "require('compromise')('Ring us today').json()"]),
    run(check, ['Ring Kirsty on 07700 900284 about the trip']),
    RUNS,
  );
  const lines = [
    `Commands, whole process from start to exit (${RUNS} runs each):`,
    row('bare node, doing nothing', node),
    row('checker start-up (answers a usage mistake)', checkStart, node),
    row('bare node loading compromise, one parse', compromise),
    row('checker, one post from start to answer', checkPost, compromise),
  ];
  const cleaner = builtCommand('clean-photos');
  if (!existsSync(cleaner)) return [...lines, '  photo cleaner: not in this checkout (lib/cli/clean-photos.ts)'];
  const [, cleanerStart] = await measurePair(bareNode, run(cleaner, ['--no-such-option']), RUNS);
  return [...lines, row('photo cleaner start-up (answers a usage mistake)', cleanerStart, node)];
}

/**
 * `npm test`: builds the commands, runs the type check, then every vitest
 * project (the checker and its commands, the components, the extension in real
 * Chromium and in real Firefox), ending with one line that totals them all:
 * a file that would not load and a run that crashed count as failed, so a run
 * that tested nothing shows.
 */
import { spawnSync } from 'node:child_process';
import { closingLine, runVitest, stepTally, unloadedFiles, type Tally } from './runner/tally';

const step = (what: string, command: string, args: string[]): Tally => {
  const ok = spawnSync(command, args, { stdio: 'inherit' }).status === 0;
  if (!ok) console.error(`${what} failed (see above).`);
  return stepTally(ok);
};

const built = step('Building the commands', 'npx', ['tsx', 'lib/cli/build.ts']);
const typecheck = step('The type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
// The commands were just built (and counted), so the lib project need not build them again.
const vitest = runVitest(['--config', 'tests/vitest.config.ts', ...process.argv.slice(2)], { env: { ...process.env, ASK_YOURSELF_COMMANDS_BUILT: '1' } });
for (const file of unloadedFiles(vitest.report)) console.error(`Did not run: ${file}`);
if (!vitest.report) console.error('Vitest did not finish, so its tests count as failed.');

const tallies = [built, typecheck, vitest.tally];
const line = closingLine(tallies);
const failed = tallies.some((tally) => tally.failed > 0);
console.log(process.stdout.isTTY ? `\x1b[${failed ? 31 : 32}m${line}\x1b[0m` : line);
process.exitCode = failed ? 1 : 0;

/**
 * The command-line checker (`npm run check`): the very same checks the
 * extension runs in the browser, for one post or, with --jsonl, many.
 * Exit codes: 0 nothing found, 1 findings, 2 bad usage or unreadable input.
 */
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Policy } from '../policy/policy';
import { DEFAULT_POLICY } from '../policy/policy';
import { parsePolicy } from '../policy/validate-policy';
import { fileSource } from '../photos/node-file-source';
import type { PhotoSource } from '../photos/photo-source';
import { PLATFORMS, type Finding, type PhotoSummary, type Platform } from '../types';
import type { PhotoLooker } from './look-at-photos';
import { parseArgs, USAGE, UsageError } from './parse-args';

/** Input that cannot be read: a missing file, a broken policy, a line that is not JSON. */
class InputError extends Error {}

async function loadPolicy(path: string | undefined): Promise<Policy> {
  if (path === undefined) return DEFAULT_POLICY;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read the policy file ${path}: ${describeFsError(error)}.`);
  }
  const result = parsePolicy(text);
  if (!result.ok) throw new InputError(`The policy file ${path} was refused. ${result.error.message}`);
  return result.policy;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function openImages(paths: readonly string[]) {
  return Promise.all(
    paths.map(async (path) => {
      try {
        const info = await stat(path);
        if (!info.isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
      } catch (error) {
        throw new InputError(`Cannot read the image ${path}: ${describeFsError(error)}.`);
      }
      return fileSource(path);
    }),
  );
}

const present = (findings: Finding[]) => ({
  findings: findings.map(({ rule, severity, message, evidence }) => ({ rule, severity, message, evidence })),
});

// The checker's language model takes a moment to build, so it is loaded only once there is a post to check:
// a mistake in the command is answered at once. The OCR engine is loaded only once there is a photo to look at.
const loadChecker = () => import('../engine/check-draft');
const loadLooker = () => import('./look-at-photos');

/** Looks at the pictures of every post in the run with one set of workers, started at the first photo. */
function eyes(policy: Policy) {
  let looker: Promise<PhotoLooker> | undefined;
  const faces = (policy.faces ?? 'allowed') !== 'allowed';
  return {
    // Whatever goes wrong in looking, the photo is reported unchecked with the reason; the check still runs.
    look: async (photo: PhotoSource, summary: PhotoSummary) => {
      looker ??= loadLooker().then(({ photoLooker }) => photoLooker({ faces }));
      try {
        return await (await looker).look(photo, summary);
      } catch (error) {
        return { problem: `it could not be looked at (${error instanceof Error ? error.message : String(error)})` };
      }
    },
    close: async () => (await looker?.catch(() => undefined))?.close(),
  };
}

type Eyes = ReturnType<typeof eyes>;

async function checkOne(text: string, images: readonly string[], platform: Platform | undefined, policy: Policy, seeing: Eyes) {
  const { checkDraft } = await loadChecker();
  const result = await checkDraft({ text, photos: await openImages(images), platform, look: seeing.look }, policy);
  for (const { rule, reason } of result.unchecked) process.stderr.write(`The ${rule} check could not finish: ${reason}\n`);
  return result.findings;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseLine(line: string, number: number): { text: string; images: string[]; platform?: Platform } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError(`Line ${number} is not valid JSON.`);
  }
  const post = value as { text?: unknown; images?: unknown; platform?: unknown };
  if (typeof value !== 'object' || value === null || typeof post.text !== 'string') {
    throw new InputError(`Line ${number} needs a "text" string.`);
  }
  const images = post.images ?? [];
  if (!Array.isArray(images) || images.some((image) => typeof image !== 'string')) {
    throw new InputError(`Line ${number}: "images" should be a list of file paths.`);
  }
  if (post.platform !== undefined && !(PLATFORMS as readonly unknown[]).includes(post.platform)) {
    throw new InputError(`Line ${number}: "platform" should be one of ${PLATFORMS.join(', ')}.`);
  }
  return { text: post.text, images: images as string[], platform: post.platform as Platform | undefined };
}

/** Batch mode: one result line per input line, in order; a bad line gets an error line and exit code 2. */
async function runJsonl(policy: Policy, seeing: Eyes): Promise<number> {
  let worst = 0;
  let number = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    number++;
    if (line.trim() === '') continue;
    try {
      const { text, images, platform } = parseLine(line, number);
      const findings = await checkOne(text, images, platform, policy, seeing);
      process.stdout.write(`${JSON.stringify(present(findings))}\n`);
      worst = Math.max(worst, findings.length > 0 ? 1 : 0);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
      process.stderr.write(`${error.message}\n`);
      worst = 2;
    }
  }
  return worst;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const policy = await loadPolicy(args.policyPath);
  const seeing = eyes(policy);
  try {
    if (args.jsonl) return await runJsonl(policy, seeing);
    const text = args.text ?? (await readStdin());
    const findings = await checkOne(text, args.images, args.platform, policy, seeing);
    process.stdout.write(`${JSON.stringify(present(findings), null, 2)}\n`);
    return findings.length > 0 ? 1 : 0;
  } finally {
    await seeing.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n${USAGE}\n`);
    else if (error instanceof InputError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`Ask Yourself could not check the post: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

import { PLATFORMS, type Platform } from '../types';

/** What the command line asked for. */
export interface CheckArgs {
  policyPath?: string;
  platform?: Platform;
  images: string[];
  jsonl: boolean;
  /** The post's text; undefined means read it from standard input. */
  text?: string;
}

/** A mistake in how the command was called, worded for the person who typed it. */
export class UsageError extends Error {}

export const USAGE =
  'Usage: npm run check -- [--policy FILE] [--platform facebook|instagram|x] [--image FILE]... [--jsonl] [TEXT | -]';

const takesValue = new Set(['--policy', '--platform', '--image']);

/** Reads the contract's command line: `[--policy FILE] [--platform P] [--image FILE]... [--jsonl] [TEXT]`. */
export function parseArgs(argv: readonly string[]): CheckArgs {
  const args: CheckArgs = { images: [], jsonl: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (flag === '--jsonl') {
      args.jsonl = true;
    } else if (takesValue.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value.`);
      if (flag === '--policy') args.policyPath = value;
      if (flag === '--image') args.images.push(value);
      if (flag === '--platform') {
        if (!(PLATFORMS as readonly string[]).includes(value)) {
          throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')}, not "${value}".`);
        }
        args.platform = value as Platform;
      }
    } else if (flag.startsWith('--') && flag.length > 2) {
      throw new UsageError(`Unknown option ${flag}.`);
    } else {
      words.push(arg);
    }
  }
  if (words.length > 1) throw new UsageError('Give the post as one argument (put it in quotes), or on standard input.');
  if (args.jsonl && (words.length > 0 || args.images.length > 0 || args.platform)) {
    throw new UsageError('--jsonl reads every post, with its images and platform, from standard input.');
  }
  if (words.length === 1 && words[0] !== '-') args.text = words[0];
  return args;
}

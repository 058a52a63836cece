import { buildCommands } from '../../lib/cli/build';

/**
 * Builds the commands from the current source before their tests call them, as
 * a person would call them; `npm test` has already built them as a step of its own.
 */
export default async function setup(): Promise<void> {
  if (process.env.ASK_YOURSELF_COMMANDS_BUILT !== '1') await buildCommands();
}

import { parseInput } from '../platform/http/validate.js';
import { AppError } from '../platform/errors.js';
import { userInput } from '../../contracts/people.js';
import { addUser, listUsers, presentUser } from '../modules/people/index.js';
import { withStore, type CommonFlags } from './store.js';

export interface UsersFlags extends CommonFlags {
  email?: string;
  name?: string;
  role?: string;
  team?: string[];
  'password-stdin'?: boolean;
  json?: boolean;
}

const USAGE =
  'usage: writeback users add --email E --name N --role admin|lead|agent|owner|viewer [--team T]... [--password-stdin]\n       writeback users list [--json]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the password, without its line ending.
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** `writeback users add|list`: accounts from the command line (the first admin of a server, scripts). */
export async function usersCommand(sub: string | undefined, flags: UsersFlags): Promise<number> {
  if (sub === 'list') {
    const users = await withStore(flags, async (ctx) => (await listUsers(ctx.db)).map(presentUser));
    if (flags.json) console.log(JSON.stringify(users));
    else
      for (const u of users)
        console.log(
          `#${u.id} ${u.email} ${u.name} ${u.role}${u.teams.length ? ` [${u.teams.join(', ')}]` : ''}${u.active ? '' : ' (inactive)'}`,
        );
    return 0;
  }
  if (sub !== 'add') throw new Error(USAGE);
  const password = flags['password-stdin'] ? await readStdin() : undefined;
  let input: ReturnType<typeof userInput.parse>;
  try {
    input = parseInput(userInput, {
      email: flags.email,
      name: flags.name,
      role: flags.role,
      teams: flags.team ?? [],
      ...(password !== undefined ? { password } : {}),
    });
  } catch (e) {
    if (e instanceof AppError) throw new Error(`${e.message}\n${USAGE}`);
    throw e;
  }
  const user = await withStore(flags, (ctx) => addUser(ctx, input, 'cli'));
  console.log(JSON.stringify(presentUser(user)));
  return 0;
}

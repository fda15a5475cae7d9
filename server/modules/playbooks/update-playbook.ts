import type { AppContext } from '../../platform/http/context.js';
import { AppError, zodIssues } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { DEFAULT_PLAYBOOKS } from './defaults/index.js';
import { getStoredPlaybook, saveEditedPlaybook, seedDefaultPlaybooks, type StoredPlaybook } from './playbook-repository.js';
import { playbookSchema } from './types.js';

/** A seller's edit of one playbook (or a new one): validated whole, stored as a new version, logged. */
export async function updatePlaybook(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  id: string,
  input: unknown,
  actor: string,
): Promise<StoredPlaybook> {
  const body =
    input && typeof input === 'object' && !Array.isArray(input)
      ? { ...(input as object), id: (input as { id?: unknown }).id ?? id }
      : input;
  const parsed = playbookSchema.safeParse(body);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new AppError(
      'playbook_invalid',
      issues
        .map((i) => `${i.path}: ${i.message}`)
        .slice(0, 3)
        .join('; '),
      issues,
    );
  }
  if (parsed.data.id !== id) {
    throw new AppError('playbook_invalid', `id in the body (${parsed.data.id}) differs from the path (${id})`, [
      { path: 'id', message: 'must match the path' },
    ]);
  }
  return ctx.db.transaction().execute(async (tx) => {
    await seedDefaultPlaybooks(tx, DEFAULT_PLAYBOOKS);
    const before = await getStoredPlaybook(tx, id);
    const at = ctx.clock.now();
    const version = await saveEditedPlaybook(tx, parsed.data, actor, at);
    await appendEvents(tx, [
      {
        type: 'playbook.updated',
        actor,
        at,
        subjectType: 'playbook',
        subjectId: id,
        payload: { version, created: before === null, title: parsed.data.title },
      },
    ]);
    return (await getStoredPlaybook(tx, id))!;
  });
}

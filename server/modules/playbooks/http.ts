import { Hono } from 'hono';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { doc } from '../../platform/http/openapi.js';
import { playbookSchema } from './types.js';
import { listPlaybooks } from './load-playbooks.js';
import { updatePlaybook } from './update-playbook.js';
import { presentStoredPlaybook } from './present-playbook.js';
import type { PlaybookList } from '../../../contracts/playbooks.js';

export function playbookRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({ summary: "The router's playbooks: the defaults and the seller's versions", responses: { 200: '{ items }' } }),
    async (c) => c.json({ items: (await listPlaybooks(ctx.db)).map(presentStoredPlaybook) } satisfies PlaybookList),
  );
  app.get('/:id', doc({ summary: 'One playbook', errors: ['playbook_not_found'] }), async (c) => {
    const p = (await listPlaybooks(ctx.db)).find((s) => s.playbook.id === c.req.param('id'));
    if (!p) throw new AppError('playbook_not_found', `playbook ${c.req.param('id')} does not exist`);
    return c.json(presentStoredPlaybook(p));
  });
  app.put(
    '/:id',
    doc({
      summary: "Store the seller's version of a playbook (validated whole) in place of the default, or a new one",
      description: 'The body id defaults to the path id and must match it. The x-actor header names who made the edit.',
      body: playbookSchema,
      errors: ['playbook_invalid'],
    }),
    async (c) => {
      const body = await c.req.json().catch(() => {
        throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
      });
      const actor = actorName(c.req.header('x-actor')?.slice(0, 200) || 'api');
      return c.json(presentStoredPlaybook(await updatePlaybook(ctx, c.req.param('id'), body, actor)));
    },
  );
  return app;
}

import { Hono } from 'hono';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { listPlaybooks } from './load-playbooks.js';
import { updatePlaybook } from './update-playbook.js';
import { presentStoredPlaybook } from './present-playbook.js';
import type { PlaybookList } from '../../../contracts/playbooks.js';

export function playbookRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', async (c) => c.json({ items: (await listPlaybooks(ctx.db)).map(presentStoredPlaybook) } satisfies PlaybookList));
  app.get('/:id', async (c) => {
    const p = (await listPlaybooks(ctx.db)).find((s) => s.playbook.id === c.req.param('id'));
    if (!p) throw new AppError('playbook_not_found', `playbook ${c.req.param('id')} does not exist`);
    return c.json(presentStoredPlaybook(p));
  });
  app.put('/:id', async (c) => {
    const body = await c.req.json().catch(() => {
      throw new AppError('invalid_input', '(body): not valid JSON', [{ path: '(body)', message: 'not valid JSON' }]);
    });
    const actor = c.req.header('x-actor')?.slice(0, 200) || 'api';
    return c.json(presentStoredPlaybook(await updatePlaybook(ctx, c.req.param('id'), body, actor)));
  });
  return app;
}

import { describe, expect, it } from 'vitest';
import { OWNER_TEAMS as PLAYBOOK_TEAMS } from '../../../server/modules/playbooks/index.js';
import { ACTION_STATUSES as SERVER_ACTION_STATUSES } from '../../../server/modules/actions/index.js';
import { CLOSE_REASONS as SERVER_CLOSE_REASONS, ISSUE_STATUSES as SERVER_ISSUE_STATUSES } from '../../../server/modules/issues/index.js';
import { ACTION_STATUSES, CLOSE_REASONS, ISSUE_STATUSES, OWNER_TEAMS } from './vocab.js';

describe('web vocabularies', () => {
  it("match the server's lists", () => {
    expect([...OWNER_TEAMS]).toEqual([...PLAYBOOK_TEAMS]);
    expect([...ACTION_STATUSES]).toEqual([...SERVER_ACTION_STATUSES]);
    expect([...ISSUE_STATUSES]).toEqual([...SERVER_ISSUE_STATUSES]);
    expect([...CLOSE_REASONS]).toEqual([...SERVER_CLOSE_REASONS]);
  });
});

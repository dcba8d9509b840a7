import { describe, expect, it } from 'vitest';
import type { WebhookContent } from '../../shared/model/remote';
import { defaultChoices, mergeContents, threeWay } from '../../shared/plan/merge';
import { diffContent, planWebhook } from '../../shared/plan/plan';

function content(
  over: Partial<WebhookContent['outgoing']> = {},
  inputs: WebhookContent['incoming']['input_parameters'] = [],
): WebhookContent {
  return {
    outgoing: {
      triggers: ['create_user'],
      post_url: 'https://hr.example.com/hooks',
      request_parameters: [
        { api_field: 'employeeNumber', mangoapps_field: 'employee_id' },
        { api_field: 'mail', mangoapps_field: 'email' },
      ],
      response_parameters: [{ api_field: 'workerId', mangoapps_field: 'custom_hris_id' }],
      ...over,
    },
    incoming: { input_parameters: inputs },
    security: { oauth: { token_url: 'https://hr.example.com/oauth/token', username: 'sync' } },
    jit_provisioning: false,
  };
}

describe('plan', () => {
  it('reports nothing when live and draft are equal', () => {
    const plan = planWebhook(content(), content(), 'profile', 4);
    expect(plan.changes).toEqual([]);
    expect(plan.impacts).toEqual([]);
    expect(plan.base_version).toBe(4);
  });

  it('matches rows by API field, not by position', () => {
    const live = content();
    const draft = content({
      request_parameters: [
        { api_field: 'mail', mangoapps_field: 'email' },
        { api_field: 'employeeNumber', mangoapps_field: 'employee_id' },
      ],
    });
    expect(diffContent(live, draft, 'profile')).toEqual([]);
  });

  it('lists added, removed and changed rows and triggers', () => {
    const live = content();
    const draft = content({
      triggers: ['create_user', 'update_user_profile'],
      request_parameters: [
        { api_field: 'employeeNumber', mangoapps_field: 'email' },
        { api_field: 'title', mangoapps_field: 'title' },
      ],
    });
    const changes = diffContent(live, draft, 'profile');
    expect(changes).toContainEqual(
      expect.objectContaining({ unit: 'trigger:update_user_profile', op: 'add' }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ unit: 'request_parameters:mail', op: 'remove', before: 'email' }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        unit: 'request_parameters:employeeNumber',
        op: 'change',
        before: 'employee_id',
        after: 'email',
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ unit: 'request_parameters:title', op: 'add', after: 'title' }),
    );
    const plan = planWebhook(live, draft, 'profile', 1);
    expect(plan.impacts.map((i) => i.message).join('\n')).toMatch(
      /Every user profile update will now call hr\.example\.com/,
    );
    expect(plan.impacts.map((i) => i.message).join('\n')).toMatch(/stop receiving mail/);
  });

  it('warns when the identifier moves or incoming sync breaks', () => {
    const live = content({}, [{ api_field: 'id', mangoapps_field: 'employee_id', user_identifier: true }]);
    const moved = content({}, [
      { api_field: 'id', mangoapps_field: 'employee_id', user_identifier: false },
      { api_field: 'mail', mangoapps_field: 'email', user_identifier: true },
    ]);
    const plan = planWebhook(live, moved, 'profile', 1);
    expect(plan.changes).toContainEqual(expect.objectContaining({ unit: 'identifier', op: 'change' }));
    expect(plan.impacts[0]).toMatchObject({
      level: 'danger',
      message: expect.stringMatching(/find users by "mail" \(MangoApps field email\) instead of "id"/),
    });
    const none = planWebhook(live, content(), 'profile', 1);
    expect(none.impacts.some((i) => /Notifying MangoApps will break/.test(i.message))).toBe(true);
  });

  it('says what each trigger does in the Admin Portal terms of its own webhook', () => {
    const loc = (triggers: string[], inputs: WebhookContent['incoming']['input_parameters'] = []) => ({
      ...content({ triggers, post_url: 'https://facilities.example.com/sites' }, inputs),
      jit_provisioning: undefined,
    });
    const site = [{ api_field: 'siteCode', mangoapps_field: 'location_id', location_identifier: true }];
    const plan = planWebhook(
      loc(['create_location']),
      loc(['update_location', 'delete_location'], site),
      'location',
      1,
    );
    const text = plan.impacts.map((i) => i.message);
    expect(text).toContain('Every location update will now call facilities.example.com.');
    expect(text).toContain(
      '"Update Location" will start firing: every time a location is updated, MangoApps will POST to facilities.example.com.',
    );
    expect(text).toContain(
      '"Create Location" will stop firing: the third party will no longer hear when a location is created.',
    );
    expect(text.join('\n')).not.toMatch(/profile/i);
    expect(text.join('\n')).toMatch(
      /find locations by "siteCode" \(MangoApps field location_id\) where no Location Identifier was marked before/,
    );
    expect(text.join('\n')).not.toMatch(/instead of nothing|→/);
  });

  it('names both URLs when deliveries move within the same host', () => {
    const plan = planWebhook(
      content(),
      content({ post_url: 'https://hr.example.com/v2/hooks' }),
      'profile',
      1,
    );
    expect(plan.impacts).toContainEqual({
      level: 'danger',
      message: 'Deliveries move from https://hr.example.com/hooks to https://hr.example.com/v2/hooks.',
    });
  });

  it('shows a password change without its value', () => {
    const plan = planWebhook(content(), content(), 'profile', 1, { passwordChanged: true });
    expect(plan.changes).toEqual([
      { unit: 'oauth_password', label: 'OAuth password', op: 'change', before: '•••', after: 'changed' },
    ]);
  });
});

describe('three-way merge', () => {
  const base = content();
  const live = content({
    post_url: 'https://hr.example.com/v2',
    triggers: ['create_user', 'activate_deactivate_user'],
  });
  const draft = content({
    post_url: 'https://hr.example.com/v3',
    request_parameters: [
      ...content().outgoing.request_parameters,
      { api_field: 'title', mangoapps_field: 'title' },
    ],
  });

  it('classifies each unit as theirs, mine or conflict', () => {
    const items = threeWay(base, live, draft, 'profile');
    const byUnit = Object.fromEntries(items.map((i) => [i.unit, i.status]));
    expect(byUnit).toEqual({
      'trigger:activate_deactivate_user': 'theirs',
      post_url: 'conflict',
      'request_parameters:title': 'mine',
    });
  });

  it('merges with per-unit choices', () => {
    const items = threeWay(base, live, draft, 'profile');
    const mine = mergeContents(live, draft, 'profile', items, defaultChoices(items));
    expect(mine.outgoing.post_url).toBe('https://hr.example.com/v3');
    expect(mine.outgoing.triggers).toEqual(['create_user', 'activate_deactivate_user']);
    expect(mine.outgoing.request_parameters.map((r) => r.api_field)).toEqual([
      'employeeNumber',
      'mail',
      'title',
    ]);
    const theirs = mergeContents(live, draft, 'profile', items, {
      ...defaultChoices(items),
      post_url: 'theirs',
    });
    expect(theirs.outgoing.post_url).toBe('https://hr.example.com/v2');
    expect(threeWay(base, live, theirs, 'profile').filter((i) => i.status !== 'theirs')).toHaveLength(1);
  });
});

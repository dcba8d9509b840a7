import { describe, expect, it } from 'vitest';
import { validateDraft } from '../../shared/validation/validate-draft';
import { at, row, validDraft } from './validation-fixture';

describe('validateDraft: the base draft', () => {
  it('has no problems', () => {
    expect(validateDraft(validDraft())).toEqual([]);
  });
});

describe('triggers', () => {
  it('refuses a trigger the webhook does not have, naming it and the allowed ones', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.triggers.push('create_location');
    const [problem, ...rest] = at(draft, 'profile.outgoing.triggers');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', at: { section: 'triggers', kind: 'profile' } });
    expect(problem?.message).toBe(
      'Unknown trigger "create_location"; the profile webhook accepts create_user, update_user_profile, activate_deactivate_user',
    );
    draft.config.profile.outgoing.triggers.pop();
    expect(at(draft, 'profile.outgoing.triggers')).toEqual([]);
  });

  it('refuses a profile trigger on the location webhook', () => {
    const draft = validDraft();
    draft.config.location.outgoing.triggers = ['create_user'];
    expect(at(draft, 'location.outgoing.triggers')[0]?.message).toMatch(
      /^Unknown trigger "create_user"; the location/,
    );
  });

  it('refuses a duplicate trigger', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.triggers.push('create_user');
    expect(at(draft, 'profile.outgoing.triggers')).toMatchObject([
      { severity: 'error', message: 'Trigger "create_user" (Create User) is listed twice' },
    ]);
  });
});

describe('post_url', () => {
  const cases: [string, string][] = [
    ['', 'Post to URL is required while a trigger is on (Create User, Update User Profile)'],
    ['http://hr.example.com/hook', 'Post to URL "http://hr.example.com/hook" must start with https://'],
    [
      'hr.example.com/hook',
      'Post to URL "hr.example.com/hook" is not a full URL; write it like https://hr.example.com/hooks',
    ],
    ['https://', 'Post to URL "https://" is not a full URL; write it like https://hr.example.com/hooks'],
    [
      '/hooks/mangoapps',
      'Post to URL "/hooks/mangoapps" is not a full URL; write it like https://hr.example.com/hooks',
    ],
    [' https://hr.example.com', 'Post to URL " https://hr.example.com" has spaces at the start or end'],
    ['ftp://hr.example.com', 'Post to URL "ftp://hr.example.com" must start with https://'],
  ];
  it.each(cases)('with a trigger on, %j is an error', (url, message) => {
    const draft = validDraft();
    draft.config.profile.outgoing.post_url = url;
    expect(at(draft, 'profile.outgoing.post_url')).toEqual([
      {
        severity: 'error',
        path: 'profile.outgoing.post_url',
        at: { section: 'post_url', kind: 'profile' },
        message,
      },
    ]);
    draft.config.profile.outgoing.post_url = 'https://hr.example.com/hooks/mangoapps';
    expect(at(draft, 'profile.outgoing.post_url')).toEqual([]);
  });

  it('with no trigger on, an empty URL is fine and a bad one is a warning', () => {
    const draft = validDraft();
    draft.config.location.outgoing.triggers = [];
    draft.config.location.outgoing.post_url = '';
    expect(at(draft, 'location.outgoing.post_url')).toEqual([]);
    draft.config.location.outgoing.post_url = 'http://hr.example.com/hook';
    expect(at(draft, 'location.outgoing.post_url')).toMatchObject([
      { severity: 'warning', message: 'Post to URL "http://hr.example.com/hook" must start with https://' },
    ]);
  });

  it('refuses credentials inside the URL, pointing to OAuth, without repeating the password', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.post_url = 'https://sync:s3cret@hr.example.com/hook';
    const problems = at(draft, 'profile.outgoing.post_url');
    expect(problems).toMatchObject([
      { severity: 'error', message: expect.stringContaining('contains a user name or password') },
    ]);
    expect(problems[0]?.message).toContain('Security › OAuth');
    expect(problems[0]?.message).not.toContain('s3cret');
    draft.config.profile.outgoing.triggers = [];
    expect(at(draft, 'profile.outgoing.post_url')).toMatchObject([{ severity: 'error' }]);
  });

  it('shortens a very long value in the message', () => {
    const draft = validDraft();
    draft.config.profile.outgoing.post_url = `http://${'x'.repeat(300)}.com`;
    const message = at(draft, 'profile.outgoing.post_url')[0]?.message ?? '';
    expect(message.length).toBeLessThan(120);
    expect(message).toContain('…"');
  });
});

describe('a trigger with no request parameters', () => {
  it('is a warning at the request table, gone once a row exists or the trigger is off', () => {
    const draft = validDraft();
    draft.config.location.outgoing.request_parameters = [];
    expect(at(draft, 'location.outgoing.request_parameters')).toEqual([
      {
        severity: 'warning',
        path: 'location.outgoing.request_parameters',
        at: { section: 'table', kind: 'location', table: 'request_parameters' },
        message: 'A trigger is on but there are no request parameters, so MangoApps would post an empty body',
      },
    ]);
    draft.config.location.outgoing.triggers = [];
    expect(at(draft, 'location.outgoing.request_parameters')).toEqual([]);
    draft.config.location.outgoing.triggers = ['update_location'];
    draft.config.location.outgoing.request_parameters = [row('siteCode', 'location_id')];
    expect(validateDraft(draft)).toEqual([]);
  });
});

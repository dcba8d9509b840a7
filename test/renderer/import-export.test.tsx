import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { configuredSource } from './support/draft-fixtures';
import { FakeHost } from './support/fake-host';
import { renderApp, renderWithOneDomain } from './support/render-app';

async function upload(text: string, name = 'draft.webhook.json') {
  const user = userEvent.setup();
  const input = screen.getByLabelText('Draft file to import') as HTMLInputElement;
  await user.upload(input, new File([text], name, { type: 'application/json' }));
  return user;
}

describe('import', () => {
  it('imports draft files the OS opened with the app, one at a time, at start and as they arrive', async () => {
    const host = new FakeHost();
    const source = configuredSource(host.addDomain('source-template'));
    host.drafts.clear();
    host.addDomain('acme');
    host.openedFiles.push({ name: 'acme.webhook.json', text: exportDraft(source).text });
    await renderApp(host);
    const user = userEvent.setup();
    const confirm = await screen.findByRole('dialog', { name: /Import “acme\.webhook\.json”/ });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    host.openedFiles.push(
      { name: 'torn.webhook.json', text: '', error: 'Could not read torn.webhook.json: permission denied.' },
      { name: 'next.webhook.json', text: exportDraft(source).text },
    );
    host.emit('files:opened', host.openedFiles[0]!);
    const failed = await screen.findByRole('alertdialog', {
      name: /“torn\.webhook\.json” cannot be imported/,
    });
    expect(within(failed).getByText(/permission denied/)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('dialog', { name: /Import “next\.webhook\.json”/ })).toBeTruthy();
  });

  it('reports every problem of an invalid file per field and changes nothing', async () => {
    const { store } = await renderWithOneDomain();
    const before = store.getState().draft;
    const bad = {
      format_version: 1,
      name: 'x',
      domain: '',
      profile: { outgoing: { triggers: ['explode'], post_url: 5 } },
    };
    await upload(JSON.stringify(bad), 'broken.json');

    const dialog = await screen.findByRole('alertdialog', { name: /“broken\.json” cannot be imported/ });
    const rows = within(dialog).getAllByRole('row').slice(1);
    const paths = rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(paths).toContain('profile.outgoing.post_url');
    expect(paths.some((p) => p?.startsWith('profile.outgoing.triggers'))).toBe(true);
    // A long path may wrap only between its parts, never inside a name.
    const postUrl = rows.find((r) => r.textContent?.startsWith('profile.outgoing.post_url'));
    const code = postUrl?.querySelector('code');
    expect(code?.querySelectorAll('wbr')).toHaveLength(2);
    expect([...(code?.childNodes ?? [])].filter((n) => n.nodeType === 3).map((n) => n.textContent)).toEqual([
      'profile.',
      'outgoing.',
      'post_url',
    ]);
    expect(store.getState().draft).toBe(before);

    await userEvent.setup().keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before replacing, and a replace is one undoable step', async () => {
    const host = new FakeHost();
    const source = configuredSource(host.addDomain('source-template'));
    host.drafts.clear();
    host.addDomain('acme');
    const { store } = await renderApp(host);
    const user = await upload(exportDraft(source).text);

    const dialog = await screen.findByRole('dialog', { name: /Import “draft\.webhook\.json”/ });
    expect(store.getState().draft?.config.profile.outgoing.post_url).toBe('');
    await user.click(within(dialog).getByRole('button', { name: 'Replace the draft of acme' }));

    const draft = store.getState().draft;
    expect(draft?.name).toBe('acme');
    expect(draft?.config.profile.outgoing.post_url).toBe('https://hr.example.com/hook');
    expect((screen.getByLabelText('Post to URL') as HTMLInputElement).value).toBe(
      'https://hr.example.com/hook',
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().draft?.config.profile.outgoing.post_url).toBe('');
  });

  it('shows what replacing would change, per webhook, before anything is replaced', async () => {
    const host = new FakeHost();
    const source = configuredSource(host.addDomain('t'));
    source.config.profile.outgoing.response_parameters = [
      { id: 'r1', api_field: 'workerId', mangoapps_field: 'no_such_field' },
    ];
    source.config.security.oauth = { token_url: 'https://hr.example.com/token', username: 'sync' };
    host.drafts.clear();
    host.addDomain('acme', (d) => {
      d.config.profile.outgoing.request_parameters = [
        { id: 'm1', api_field: 'mail', mangoapps_field: 'email' },
      ];
      return d;
    });
    const { store } = await renderApp(host);
    const before = store.getState().draft;
    const user = await upload(exportDraft(source).text);

    const dialog = await screen.findByRole('dialog', { name: /Import “draft\.webhook\.json”/ });
    const profile = within(dialog).getByRole('region', { name: 'Profile webhook: changes from the file' });
    const lines = within(profile)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain('−Removed: Request parameter "mail" email');
    expect(lines).toContain('+Added: Request parameter "employeeNumber" employee_id');
    expect(lines).toContain('+Added: Post to URL https://hr.example.com/hook');
    // The one OAuth setup serves both webhooks: listed once, not once per webhook.
    expect(within(dialog).getAllByText('OAuth', { selector: '.change-label' })).toHaveLength(1);
    expect(within(dialog).queryByRole('region', { name: /Location webhook/ })).toBeNull();
    expect(within(dialog).getByText(/The file’s configuration has 1 error/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().draft).toBe(before);
    expect(host.callsOf('drafts:save')).toEqual([]);
  });

  it('says when the file holds the same configuration as the draft', async () => {
    const host = new FakeHost();
    const acme = configuredSource(host.addDomain('acme'));
    host.drafts.set(acme.id, acme);
    await renderApp(host);
    await upload(exportDraft(acme).text);
    const dialog = await screen.findByRole('dialog', { name: /Import “draft\.webhook\.json”/ });
    expect(within(dialog).getByText(/holds the same configuration as the draft of source/)).toBeTruthy();
  });

  it('cancelling the confirmation changes nothing', async () => {
    const host = new FakeHost();
    const source = configuredSource(host.addDomain('t'));
    host.drafts.clear();
    host.addDomain('acme');
    const { store } = await renderApp(host);
    const before = store.getState().draft;
    const user = await upload(exportDraft(source).text);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(store.getState().draft).toBe(before);
  });

  it('imports as a new domain: creates it, saves the imported draft and opens it', async () => {
    const host = new FakeHost();
    const source = configuredSource(host.addDomain('t'));
    host.drafts.clear();
    host.addDomain('acme');
    const { store } = await renderApp(host);
    const user = await upload(exportDraft(source).text);
    await user.click(await screen.findByRole('button', { name: 'Import as a new domain' }));

    await screen.findByRole('heading', { name: 'source', level: 1 });
    expect(host.callsOf('domains:create')).toEqual([{ name: 'source', base_url: '' }]);
    const created = store.getState().draft;
    expect(created?.config.profile.outgoing.request_parameters[0]?.api_field).toBe('employeeNumber');
    expect(host.drafts.get(created?.id ?? '')?.config.profile.outgoing.post_url).toBe(
      'https://hr.example.com/hook',
    );
    expect(screen.getByRole('button', { name: 'acme' })).toBeTruthy();
  });
});

describe('export', () => {
  it('downloads the draft as a .webhook.json file without secrets or row ids', async () => {
    const host = new FakeHost();
    host.addDomain('Acme Production', configuredSource);
    await renderApp(host);
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    let downloaded = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export' }));
    expect(downloaded).toBe('source.webhook.json');
    // The download is silent in a browser, so the app says what it wrote.
    expect(screen.getByText('Exported source.webhook.json').getAttribute('role')).toBe('status');
    const text = await created[0]?.text();
    expect(JSON.parse(text ?? '{}')).toMatchObject({ format_version: 2, name: 'source' });
    expect(text).not.toContain('"id"');
    click.mockRestore();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/bridge/contract';
import { exportDraft } from '../../shared/draft-file/export-draft';
import { HR_FINGERPRINT, hrDescription } from './support/api-description-fixtures';
import { FakeHost } from './support/fake-host';
import { renderApp } from './support/render-app';

const description = hrDescription();

afterEach(() => {
  vi.restoreAllMocks();
});

/** A domain with a description, rendered, whose host gives the reference; downloads are captured. */
async function renderWithDescription(): Promise<{ host: FakeHost; created: Blob[] }> {
  const host = new FakeHost();
  host.addDomain('acme');
  host.apiDescription = { description, binding: { profile: 'POST /employees' } };
  host.override('openapi:reference', (input: ChannelInput<'openapi:reference'>) => ({
    source: 'hr.json',
    fingerprint: HR_FINGERPRINT,
    operations: { profile: 'POST /employees' },
    ...(input.embed ? { embedded: '{"openapi":"3.0.3"}' } : {}),
  }));
  await renderApp(host);
  const created: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => (created.push(blob), 'blob:test')),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { host, created };
}

describe('the API description in draft files', () => {
  it('Export can embed the description: the host gives the reference and its text', async () => {
    const { host, created } = await renderWithDescription();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Embed API description' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(JSON.parse(await created[0]!.text()).api_description).toEqual({
      source: 'hr.json',
      fingerprint: HR_FINGERPRINT,
      operations: { profile: 'POST /employees' },
      embedded: '{"openapi":"3.0.3"}',
    });
    expect(host.callsOf('openapi:reference')).toEqual([{ domain_id: expect.any(String), embed: true }]);
  });

  it('the JSON view shows the reference Export writes, so the two stay byte for byte the same', async () => {
    const { created } = await renderWithDescription();
    const user = userEvent.setup();
    await screen.findByRole('checkbox', { name: 'Embed API description' });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const file = await created[0]!.text();
    expect(JSON.parse(file).api_description).toEqual({
      source: 'hr.json',
      fingerprint: HR_FINGERPRINT,
      operations: { profile: 'POST /employees' },
    });
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    const view = within(screen.getByRole('dialog', { name: 'Draft as JSON' })).getByRole('group', {
      name: 'Draft JSON',
    });
    await waitFor(() => expect(view.textContent).toBe(file));
  });

  it('importing a file with an embedded description imports it into the domain, with its operations', async () => {
    const host = new FakeHost();
    const source = host.addDomain('source');
    host.drafts.clear();
    const acme = host.addDomain('acme');
    host.override('openapi:import', () => {
      host.apiDescription = { description, binding: {} };
      return { status: 'imported', state: host.apiDescription, warnings: [] };
    });
    const { store } = await renderApp(host);
    const text = exportDraft(source, {
      source: 'specs/hr.json',
      embedded: '{"openapi":"3.0.3"}',
      operations: { profile: 'POST /employees' },
    }).text;
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Draft file to import') as HTMLInputElement,
      new File([text], 'd.webhook.json', { type: 'application/json' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Import “d\.webhook\.json”/ });
    await user.click(within(dialog).getByRole('button', { name: 'Replace the draft of acme' }));
    await waitFor(() =>
      expect(host.callsOf('openapi:bind')).toEqual([
        { domain_id: acme.id, binding: { profile: 'POST /employees' } },
      ]),
    );
    expect(host.callsOf('openapi:import')).toEqual([
      { domain_id: acme.id, source: { kind: 'text', text: '{"openapi":"3.0.3"}', name: 'hr.json' } },
    ]);
    await waitFor(() => expect(store.getState().apiDescription.description).toEqual(description));
  });
});

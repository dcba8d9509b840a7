import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exportDraft } from '../../shared/draft-file/export-draft';
import type { DomainDraft } from '../../shared/model/draft';
import { FakeHost } from './support/fake-host';
import { pulled } from './support/publish-fixtures';
import { renderApp } from './support/render-app';

const LATER = { version: 14, fingerprint: `sha256:${'cd'.repeat(16)}` };

/** The open draft exported as a file of `domain` whose profile base is LATER. */
function fileOf(draft: DomainDraft, domain: string): string {
  const json = JSON.parse(exportDraft(draft).text) as Record<string, Record<string, unknown>>;
  json.domain = domain as never;
  json.base!.profile = LATER;
  return JSON.stringify(json);
}

async function importText(text: string) {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('Draft file to import') as HTMLInputElement,
    new File([text], 'acme.webhook.json', { type: 'application/json' }),
  );
  const dialog = await screen.findByRole('dialog', { name: /Import “acme\.webhook\.json”/ });
  return { user, dialog };
}

describe('import: the file’s base', () => {
  it('a file of this domain brings its base into the saved draft', async () => {
    const host = new FakeHost();
    const acme = host.addDomain('acme', (d) => ({
      ...pulled(d, 12),
      base_url: 'https://acme.mangoapps.com',
    }));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    const { user, dialog } = await importText(fileOf(acme, 'https://acme.mangoapps.com'));
    expect(within(dialog).queryByText(/not taken as this draft's base/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Replace the draft of acme' }));
    expect(store.getState().draft?.file_base).toEqual({ profile: LATER, location: null });
    await waitFor(() => expect(host.drafts.get(acme.id)?.file_base?.profile).toEqual(LATER));
  });

  it('a file from another domain keeps the draft’s base, and the dialog says so', async () => {
    const host = new FakeHost();
    const acme = host.addDomain('acme', (d) => ({
      ...pulled(d, 12),
      base_url: 'https://acme.mangoapps.com',
    }));
    const { store } = await renderApp(host, { saveDelayMs: 0 });
    const { user, dialog } = await importText(fileOf(acme, 'https://sandbox.mangoapps.com'));
    expect(
      within(dialog).getByText(/base on https:\/\/sandbox\.mangoapps\.com, not on this domain.*not taken/),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Replace the draft of acme' }));
    expect(store.getState().draft?.file_base).toBeUndefined();
    expect(store.getState().draft?.remote?.profile?.version).toBe(12);
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PullChoiceDialog } from '../../renderer/features/publish/PullChoiceDialog';
import { createAppStore } from '../../renderer/store/create-store';
import { StoreProvider } from '../../renderer/store/store-context';

const OAUTH = {
  unit: 'oauth',
  label: 'OAuth',
  op: 'change' as const,
  before: 'token URL https://a.example.com/t, username a',
  after: 'token URL https://b.example.com/t, username b',
};

describe('pull over local edits', () => {
  it('lists a change to the shared OAuth settings once, not once per webhook', () => {
    render(
      <StoreProvider store={createAppStore()}>
        <PullChoiceDialog
          busy={false}
          onChoose={() => undefined}
          onCancel={() => undefined}
          changes={[
            {
              kind: 'profile',
              changes: [
                { unit: 'post_url', label: 'Post to URL', op: 'change', before: 'x', after: 'y' },
                OAUTH,
              ],
            },
            { kind: 'location', changes: [OAUTH] },
          ]}
        />
      </StoreProvider>,
    );
    const dialog = screen.getByRole('dialog');
    const lines = within(dialog)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('username b'));
    expect(lines).toHaveLength(1);
    expect(within(dialog).getByRole('region', { name: /^Security \(both webhooks\)/ })).toBeTruthy();
    expect(within(dialog).getByRole('region', { name: /^Profile webhook/ }).textContent).toContain(
      'Post to URL',
    );
    // A webhook whose only edit was the shared one has no section of its own.
    expect(within(dialog).queryByRole('region', { name: /^Location webhook/ })).toBeNull();
  });
});

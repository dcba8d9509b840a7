import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotifyResultView } from '../../renderer/features/harness/NotifyResultView';

describe('incoming result', () => {
  it('names a refused field once, however the domain words it', () => {
    render(
      <NotifyResultView
        outcome={{
          ok: false,
          url: 'http://127.0.0.1:1/notify/•••',
          target: 'local',
          payload: {},
          status: 422,
          ms: 3,
          reason: 'invalid',
          message: 'Validation failed',
          details: [
            { path: 'email', message: 'email: expected an email address' },
            { path: 'workEmail', message: 'email: expected an email address' },
          ],
        }}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'email: expected an email address',
      'workEmail: email: expected an email address',
    ]);
  });
});

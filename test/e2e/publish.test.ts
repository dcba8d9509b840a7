import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WireWebhook } from '../../electron/services/emulator';
import { expectAccessible } from './support/browser';
import { addRow, pickField, table, waitSaved, createDomain } from './support/editor';
import { enterCredentials, publishView } from './support/publish';
import { useE2eWorld } from './support/world';

const world = useE2eWorld();

/** What an admin controls on a webhook page, without versions, timestamps or the notify URL. */
function content(w: WireWebhook | undefined) {
  return { outgoing: w?.outgoing, input_parameters: w?.incoming.input_parameters };
}

const requestFields = (w: WireWebhook) =>
  Object.fromEntries(w.outgoing.request_parameters.map((r) => [r.api_field, r.mangoapps_field]));

async function reviewAndPublish(page: Page): Promise<void> {
  // A plan with a Danger impact asks for the domain's host name before Publish unlocks.
  const confirm = page.getByLabel(/Type the domain’s host name/);
  if (await confirm.count()) {
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);
    await confirm.fill(new URL(world.emulator.url).hostname);
  }
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /published and verified/i })
    .waitFor();
}

describe('publishing, end to end in Chromium against the domain emulator', () => {
  it('connects, pulls, plans, publishes with read-back, resolves a conflict and rolls back', async () => {
    const page = world.browser.page;
    await page.goto(world.shell.openUrl);

    // A domain pointing at the emulator.
    await createDomain(page, 'acme emulated', world.emulator.url);

    // Connect: username in the draft, API key and password in the host's secret store.
    await publishView(page, 'Connect and pull');
    expect(await page.getByLabel('Domain URL').inputValue()).toBe(world.emulator.url);
    await enterCredentials(page, world.emulator);
    await page.getByText(/kept in memory only/).waitFor();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText(/Connected as Ada Admin \(network admin\)/).waitFor();
    await expectAccessible(page, 'publish: connection');

    // Pull: the live rows, the notify URL and the base version arrive.
    await page.getByRole('button', { name: 'Pull from domain' }).click();
    await page
      .getByTestId('base-profile')
      .filter({ hasText: /Version 2, saved by Bea Admin/ })
      .waitFor();
    await page.getByRole('tab', { name: 'Profile webhook' }).click();
    const request = table(page, 'Request Parameters');
    expect(await request.getByRole('textbox', { name: 'API field, row 1' }).inputValue()).toBe(
      'employeeNumber',
    );
    await expect
      .poll(() => request.getByRole('textbox', { name: /^API field, row/ }).count(), { timeout: 10_000 })
      .toBe(5);
    expect(await page.getByRole('textbox', { name: 'MangoApps URL' }).inputValue()).toMatch(
      new RegExp(`^${world.emulator.url}/api/webhooks/profile/notify/`),
    );

    // Edit: a new request parameter, and the Location webhook switched on.
    await addRow(
      page,
      'Request Parameters',
      'Add request parameter',
      'costCenter',
      'cost',
      'custom_cost_center',
    );
    await page.getByRole('tab', { name: 'Location webhook' }).click();
    await page.getByRole('checkbox', { name: 'Create Location' }).check();
    await page.getByLabel('Post to URL').fill('https://hr.example.com/hooks/locations');
    await waitSaved(page);

    // Review: grouped changes and impacts, then one click to publish and verify.
    await publishView(page, 'Plan and publish');
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    const profilePlan = page.getByRole('region', { name: /^Profile webhook/ });
    await profilePlan.getByText('Request parameter "costCenter"').waitFor();
    await expect
      .poll(() => profilePlan.getByText('custom_cost_center').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const locationPlan = page.getByRole('region', { name: /^Location webhook/ });
    await locationPlan.getByText(/"Create Location" will start firing/).waitFor();
    await expect.poll(() => locationPlan.getByText('switched on').count(), { timeout: 10_000 }).toBe(1);
    await expectAccessible(page, 'publish: plan');
    await reviewAndPublish(page);
    await page.getByRole('heading', { name: 'Profile webhook: published version 3' }).waitFor();
    await page.getByRole('heading', { name: 'Location webhook: published version 1' }).waitFor();
    // The Publish button went away with the plan; keyboard focus lands on the result instead.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcomes-heading');
    await expect
      .poll(() => page.getByText('Verified by reading it back', { exact: false }).count(), {
        timeout: 10_000,
      })
      .toBe(2);
    await expectAccessible(page, 'publish: outcome');
    const v3 = world.emulator.state.getWebhook('profile');
    expect(v3.version).toBe(3);
    expect(requestFields(v3).costCenter).toBe('custom_cost_center');
    expect(world.emulator.state.getWebhook('location').outgoing.triggers).toEqual(['create_location']);

    // A colleague changes the live page from a second session.
    world.emulator.state.setWebhook(
      'profile',
      {
        outgoing: {
          ...v3.outgoing,
          triggers: ['create_user', 'update_user_profile'],
          request_parameters: v3.outgoing.request_parameters.map((r) =>
            r.api_field === 'costCenter' ? { ...r, mangoapps_field: 'department' } : r,
          ),
        },
        incoming: { input_parameters: v3.incoming.input_parameters },
      },
      'Bea Admin',
    );

    // Meanwhile this draft maps costCenter differently and adds a row.
    await page.getByRole('tab', { name: 'Profile webhook' }).click();
    await pickField(request, 6, 'office', 'office_location');
    await addRow(page, 'Request Parameters', 'Add request parameter', 'mobilePhone', 'mobile', 'mobile');
    await waitSaved(page);

    // Pulling now would drop these edits: the app asks first, and Cancel changes nothing.
    await publishView(page, 'Connect and pull');
    await page.getByRole('button', { name: 'Pull from domain' }).click();
    const choice = page.getByRole('dialog', { name: 'Your draft has edits that are not on the domain' });
    await choice.getByText('Request parameter "mobilePhone"').waitFor();
    await expectAccessible(page, 'publish: pull over local edits');
    await choice.getByRole('button', { name: 'Cancel' }).click();
    await choice.waitFor({ state: 'detached' });

    // Review: the conflict shows right away, with Bea Admin's change in the middle column.
    await publishView(page, 'Plan and publish');
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page
      .getByRole('heading', { name: /Profile webhook was changed on the domain by Bea Admin/ })
      .waitFor();
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Live v4 \(changed by Bea Admin/ }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);
    const costCenter = page.getByRole('group', { name: 'Request parameter "costCenter"' });
    expect(await costCenter.getByRole('radio', { name: 'Keep mine' }).isChecked()).toBe(true);
    const trigger = page.getByRole('group', { name: 'Trigger "Activate/Deactivate User"' });
    expect(await trigger.getByRole('radio', { name: 'Take theirs' }).isChecked()).toBe(true);
    await expectAccessible(page, 'publish: conflict');
    await costCenter.getByRole('radio', { name: 'Take theirs' }).check();
    await page.getByRole('button', { name: 'Apply my choices and review again' }).click();

    // Re-planned against version 4: only this draft's own row is left to publish.
    await page.getByText(/Merged with the live Profile webhook/).waitFor();
    const merged = page.getByRole('region', { name: /^Profile webhook — live version 4/ });
    await merged.getByText('Request parameter "mobilePhone"').waitFor();
    await expect
      .poll(() => merged.getByText('Request parameter "costCenter"').count(), { timeout: 10_000 })
      .toBe(0);
    await reviewAndPublish(page);
    await page.getByRole('heading', { name: 'Profile webhook: published version 5' }).waitFor();
    const v5 = world.emulator.state.getWebhook('profile');
    expect(requestFields(v5)).toMatchObject({ costCenter: 'department', mobilePhone: 'mobile' });
    expect(v5.outgoing.triggers).toEqual(['create_user', 'update_user_profile']);

    // History: roll back to the first publish, through the same plan and apply.
    await publishView(page, 'History');
    const rollBack = page.getByRole('button', {
      name: 'Roll back to this version: Profile webhook version 3',
    });
    await rollBack.waitFor();
    // Every version the domain keeps, a colleague's too, newest first; none to roll back to on the base.
    const profileVersions = page.getByRole('table', { name: 'Profile webhook: live versions, newest first' });
    const versions = await profileVersions.locator('tbody tr td:nth-child(1)').allTextContents();
    expect(versions).toEqual(['5 current base', '4', '3', '2', '1']);
    await expect
      .poll(() =>
        page.getByRole('button', { name: /Roll back to this version: Profile webhook version 5/ }).count(),
      )
      .toBe(0);
    await page.getByRole('button', { name: 'View Profile webhook version 3' }).click();
    const details = page.getByRole('region', { name: 'Profile webhook version 3' });
    await details.getByRole('region', { name: 'Version 3 changed, against version 2' }).waitFor();
    await details.getByText('Configuration (read-only)').waitFor();
    await expectAccessible(page, 'publish: history');
    await rollBack.click();
    await page.getByText(/Rolling back the Profile webhook to version 3/).waitFor();
    const rollback = page.getByRole('region', { name: /^Profile webhook — live version 5/ });
    await rollback.getByText('Request parameter "mobilePhone"').waitFor();
    await reviewAndPublish(page);
    await page.getByRole('heading', { name: 'Profile webhook: published version 6' }).waitFor();
    expect(content(world.emulator.state.getWebhook('profile'))).toEqual(
      content(world.emulator.state.getVersion('profile', 3)),
    );

    // The manual checklist: both webhooks, every value copyable, printable on its own.
    await publishView(page, 'Manual entry checklist');
    await page.getByRole('heading', { name: /Manual entry checklist/ }).waitFor();
    const copies = page.getByRole('button', { name: /^Copy / });
    await expect.poll(() => copies.count(), { timeout: 10_000 }).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await page
      .getByRole('button', { name: /^Copy Post to URL/ })
      .first()
      .click();
    await page.getByText(/Copied “Post to URL”|Could not copy “Post to URL”/).waitFor();
    await expectAccessible(page, 'publish: manual checklist');
    expect(world.browser.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});

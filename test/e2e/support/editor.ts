import type { Locator, Page } from 'playwright-core';

/** The mapping table titled `title` ("Request Parameters", "Response Parameters", "Input Parameters"). */
export function table(page: Page, title: string): Locator {
  return page
    .locator('section.mapping-section')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Pick a MangoApps field in a row's combobox by typing and choosing the option whose key matches. */
export async function pickField(scope: Locator, row: number, query: string, key: string): Promise<void> {
  const box = scope.getByRole('combobox', { name: `MangoApps field, row ${row}` });
  await box.click();
  await box.fill(query);
  await scope.page().getByRole('option').filter({ hasText: key }).first().click();
}

/** Add a row to a table and fill it. */
export async function addRow(
  page: Page,
  title: string,
  addLabel: string,
  apiField: string,
  query: string,
  key: string,
): Promise<number> {
  const t = table(page, title);
  await page.getByRole('button', { name: addLabel }).click();
  const n = await t.getByRole('textbox', { name: /^API field, row \d+$/ }).count();
  await t.getByRole('textbox', { name: `API field, row ${n}` }).fill(apiField);
  await pickField(t, n, query, key);
  return n;
}

/** Wait until the save status says everything is on disk. */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByTestId('save-status')
    .filter({ hasText: /^\W*Saved/ })
    .waitFor({ timeout: 10_000 });
}

/**
 * Create a domain through the New domain dialog; `beforeSubmit` runs with the filled dialog open. The new
 * domain's start screen is left with "Start empty" unless `start` is 'stay'.
 */
export async function createDomain(
  page: Page,
  name: string,
  baseUrl: string,
  beforeSubmit?: () => Promise<void>,
  start: 'empty' | 'stay' = 'empty',
): Promise<void> {
  await page.getByRole('button', { name: 'New domain' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel(/Domain URL/).fill(baseUrl);
  await beforeSubmit?.();
  await dialog.getByRole('button', { name: 'Create domain' }).click();
  await page.getByRole('heading', { name }).waitFor();
  if (start === 'empty') await page.getByRole('button', { name: 'Start empty' }).click();
}

/** Add a custom field on the Field catalogue tab and wait until the catalogue lists it. */
export async function addCustomField(page: Page, key: string, label: string): Promise<void> {
  await page.getByRole('tab', { name: 'Field catalogue' }).click();
  await page.getByLabel('Key').fill(key);
  await page.getByLabel('Label', { exact: true }).fill(label);
  await page.getByRole('button', { name: /Add field/ }).click();
  await page.getByText(key).first().waitFor();
}

/**
 * Fill the open Profile webhook's tables for an HR system: the employee number and work email sent, the
 * HRIS id (`custom_hris_id`, see addCustomField) written back, the employee number as User Identifier.
 */
export async function addHrisRows(page: Page): Promise<void> {
  await addRow(
    page,
    'Request Parameters',
    'Add request parameter',
    'employeeNumber',
    'employee',
    'employee_id',
  );
  await addRow(page, 'Request Parameters', 'Add request parameter', 'workEmail', 'email', 'email');
  await addRow(page, 'Response Parameters', 'Add response parameter', 'workerId', 'hris', 'custom_hris_id');
  await addRow(page, 'Input Parameters', 'Add input parameter', 'employeeNumber', 'employee', 'employee_id');
  await table(page, 'Input Parameters').getByRole('radio', { name: 'User Identifier, row 1' }).check();
}

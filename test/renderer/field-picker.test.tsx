import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filterFields } from '../../renderer/features/editor/field-filter';
import { FieldPicker } from '../../renderer/features/editor/FieldPicker';
import { STANDARD_PROFILE_FIELDS } from '../../shared/model/standard-fields';

afterEach(cleanup);

const FIELDS = [
  ...STANDARD_PROFILE_FIELDS,
  { key: 'custom_hris_id', label: 'HRIS ID', type: 'string' as const, read_only: false, custom: true },
];

function Harness({ onChange }: { onChange(key: string): void }) {
  const [value, setValue] = useState('');
  return (
    <FieldPicker
      id="picker"
      label="MangoApps field, row 1"
      value={value}
      fields={FIELDS}
      onChange={(key) => {
        setValue(key);
        onChange(key);
      }}
    />
  );
}

const combobox = () => screen.getByRole('combobox', { name: 'MangoApps field, row 1' });
const optionNames = () =>
  screen.queryAllByRole('option').map((o) => o.querySelector('.picker-key')?.textContent);

describe('FieldPicker', () => {
  it('filters by label or key as the admin types and shows label, key, type and custom', async () => {
    const user = userEvent.setup();
    render(<Harness onChange={() => {}} />);
    await user.type(combobox(), 'dep');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    expect(optionNames()).toEqual(['department']);

    await user.clear(combobox());
    await user.type(combobox(), 'hris');
    const option = screen.getByRole('option');
    expect(option.textContent).toContain('HRIS ID');
    expect(option.textContent).toContain('custom_hris_id');
    expect(option.textContent).toContain('string');
    expect(option.textContent).toContain('custom');

    await user.clear(combobox());
    await user.type(combobox(), 'employee_');
    expect(optionNames()).toEqual(['employee_id']);
  });

  it('moves with the arrow keys, picks with Enter and tracks the active option', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.type(combobox(), 'name');
    // "Full Name" (key "name") matches exactly and comes first; then the prefix matches.
    expect(optionNames().slice(0, 3)).toEqual(['name', 'first_name', 'last_name']);
    await user.keyboard('{ArrowDown}');
    const active = combobox().getAttribute('aria-activedescendant');
    expect(active).toBe('picker-option-first_name');
    expect(document.getElementById(active ?? '')?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('first_name');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect((combobox() as HTMLInputElement).value).toBe('First Name');
  });

  it('closes on Escape without changing the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.click(combobox());
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}{ArrowDown}{Escape}');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('opens with ArrowDown and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness onChange={() => {}} />);
    combobox().focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option').length).toBe(FIELDS.length);
    await user.type(combobox(), 'zzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/No field matches/)).toBeTruthy();
  });

  it('accepts a typed exact key on leaving the box', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.type(combobox(), 'EMAIL');
    await user.tab();
    expect(onChange).toHaveBeenCalledWith('email');
  });

  it('ranks exact matches first, then prefixes, then the rest in order', () => {
    const keys = filterFields(FIELDS, 'phone').map((f) => f.key);
    expect(keys).toEqual(['phone']);
    expect(filterFields(FIELDS, 'id').map((f) => f.key)).toEqual(['employee_id', 'custom_hris_id']);
    expect(filterFields(FIELDS, 'mob').map((f) => f.key)).toEqual(['mobile']);
  });
});

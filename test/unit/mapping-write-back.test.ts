import { describe, expect, it } from 'vitest';
import { applyWriteBack, writeBackPreview } from '../../shared/mapping';
import { CATALOGUE, webhook } from './mapping-fixture';

const hook = webhook(
  [
    ['employeeNumber', 'employee_id'],
    ['jobTitle', 'title'],
  ],
  [
    ['workerId', 'custom_hris_id'],
    ['data.title', 'title'],
    ['data.remote', 'custom_remote'],
    ['data.mobile', 'mobile'],
    ['data.missing', 'department'],
  ],
);
const profile = {
  employee_id: 'E1001',
  title: 'VP Engineering',
  custom_hris_id: null,
  custom_remote: 'true',
  mobile: '+1 628 555 2201',
  department: 'Engineering',
};

describe('writeBackPreview', () => {
  const answer = { workerId: 'W-77', data: { title: 'VP Engineering', remote: true, mobile: '' } };
  const preview = writeBackPreview(hook, profile, answer, CATALOGUE);
  const byKey = (key: string) => {
    const entry = preview.find((e) => e.key === key);
    if (!entry) throw new Error(`no entry for ${key}`);
    return entry;
  };

  it('shows field, label, current and new value per response parameter', () => {
    expect(preview.map((e) => e.key)).toEqual([
      'custom_hris_id',
      'title',
      'custom_remote',
      'mobile',
      'department',
    ]);
    expect(byKey('custom_hris_id')).toMatchObject({
      api_field: 'workerId',
      label: 'HRIS ID',
      current: null,
      next: 'W-77',
      flags: { blanks: false, overwritesSent: false, missing: false, unchanged: false },
    });
  });

  it('flags an overwrite of a field the request also sends, and unchanged values after type formatting', () => {
    expect(byKey('title').flags).toEqual({
      blanks: false,
      overwritesSent: true,
      missing: false,
      unchanged: true,
    });
    expect(byKey('custom_remote')).toMatchObject({
      current: 'true',
      next: 'true',
      flags: { unchanged: true },
    });
  });

  it('flags a value the answer would blank', () => {
    expect(byKey('mobile')).toMatchObject({
      current: '+1 628 555 2201',
      next: null,
      flags: { blanks: true, missing: false, unchanged: false },
    });
  });

  it('flags a field missing from the answer, which writes nothing', () => {
    expect(byKey('department')).toMatchObject({
      current: 'Engineering',
      next: 'Engineering',
      flags: { missing: true, blanks: false, unchanged: false },
    });
    const after = applyWriteBack(profile, preview);
    expect(after).toMatchObject({ custom_hris_id: 'W-77', mobile: null, department: 'Engineering' });
  });

  it('an explicit null blanks a value but an empty field stays unflagged', () => {
    const p = writeBackPreview(hook, { ...profile, mobile: null }, { data: { mobile: null } }, CATALOGUE);
    expect(p.find((e) => e.key === 'mobile')?.flags).toMatchObject({ blanks: false, unchanged: true });
    expect(p.find((e) => e.key === 'title')?.flags.missing).toBe(true);
  });
});

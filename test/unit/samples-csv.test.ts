import { describe, expect, it } from 'vitest';
import { parseCsv, parseUsersCsv } from '../../shared/samples';
import { CATALOGUE } from './mapping-fixture';

describe('parseCsv (RFC 4180)', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFname,note\r\n"Okafor, Daniel","said ""hi""\r\nthen left"\r\nplain,"x"\r\n';
    const { records, issues } = parseCsv(text);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      { cells: ['name', 'note'], line: 1 },
      { cells: ['Okafor, Daniel', 'said "hi"\r\nthen left'], line: 2 },
      { cells: ['plain', 'x'], line: 4 },
    ]);
  });

  it('accepts LF and CR line ends, keeps empty fields, skips blank lines, and reads a last line without a break', () => {
    expect(parseCsv('a,b\n\n,2\r3,\n"",x').records.map((r) => [r.cells, r.line])).toEqual([
      [['a', 'b'], 1],
      [['', '2'], 3],
      [['3', ''], 4],
      [['', 'x'], 5],
    ]);
  });

  it('reports an unclosed quote as an error on the line it opened, and stray quotes as warnings', () => {
    const bad = parseCsv('a,b\n1,"open\n2,3\n');
    expect(bad.issues).toEqual([
      { line: 2, message: 'a quoted value is never closed (missing ")', severity: 'error' },
    ]);
    const stray = parseCsv('a,b\n5" tall,"x"y\n');
    expect(stray.records[1]?.cells).toEqual(['5" tall', 'xy']);
    expect(stray.issues.map((i) => [i.line, i.severity])).toEqual([
      [2, 'warning'],
      [2, 'warning'],
    ]);
  });
});

describe('parseUsersCsv', () => {
  it('reads the MangoApps import columns, tolerant of case, spaces and underscores', () => {
    const csv = [
      'Name,FirstName,Last_Name,Email/Login,DOB,Title,Organization,Office Location,Phone,desktop_extension,Mobile,Manager,Enabled,Locale,Also Known As,Education,Experience,Expertise,Employee ID,Profile Image,Gender',
      '"Okafor, Daniel",Daniel,Okafor,daniel.okafor@acme.com,1990-11-02,HR Business Partner,Acme Corp,London Office,+44 20 7946 0204,4204,,bea@acme.com,TRUE,en-GB,Dan,"MSc, LSE",8 years,Employee relations,E1004,https://img.example/d.png,male',
    ].join('\r\n');
    const { samples, issues } = parseUsersCsv(csv, { catalogue: CATALOGUE });
    expect(issues).toEqual([]);
    expect(samples).toHaveLength(1);
    expect(samples[0]).toEqual({
      id: 'csv-1',
      kind: 'profile',
      label: 'Okafor, Daniel',
      fields: {
        name: 'Okafor, Daniel',
        first_name: 'Daniel',
        last_name: 'Okafor',
        email: 'daniel.okafor@acme.com',
        dob: '1990-11-02',
        title: 'HR Business Partner',
        organization: 'Acme Corp',
        office_location: 'London Office',
        phone: '+44 20 7946 0204',
        desk_extension: '4204',
        mobile: null,
        manager: 'bea@acme.com',
        account_status: 'Active',
        locale: 'en-GB',
        also_known_as: 'Dan',
        education: 'MSc, LSE',
        experience: '8 years',
        expertise: 'Employee relations',
        employee_id: 'E1004',
        profile_image: 'https://img.example/d.png',
        gender: 'Male',
      },
    });
  });

  it('maps Enabled FALSE/DELETED, custom columns by key or label, and reports unknown headers', () => {
    const csv =
      'email,enabled,HRIS ID,custom_remote,Start Date,Shoe Size\na@acme.com,FALSE,W-1,yes,2020/02/29,44\nb@acme.com,deleted,,no,,\n';
    const { samples, issues } = parseUsersCsv(csv, { catalogue: CATALOGUE });
    expect(samples.map((s) => s.fields)).toEqual([
      {
        email: 'a@acme.com',
        account_status: 'Deactivated',
        custom_hris_id: 'W-1',
        custom_remote: 'true',
        custom_start_date: '2020-02-29',
      },
      {
        email: 'b@acme.com',
        account_status: 'Deactivated',
        custom_hris_id: null,
        custom_remote: 'false',
        custom_start_date: null,
      },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ row: 0, column: 'Shoe Size', severity: 'warning' }),
      expect.objectContaining({ row: 2, column: 'enabled', severity: 'warning', line: 3 }),
    ]);
    expect(samples[0]?.label).toBe('a@acme.com');
  });

  it('reports bad values by row and column, keeps the row, and skips rows without email or employee id', () => {
    const csv = [
      'first name,last name,email,employee id,dob,gender,Enabled',
      'Ann,Lee,not-an-email,E1,1990-02-30,robot,maybe',
      'Bo,Chan,,,1991-01-01,,TRUE',
      '"Cy","Dee",cy@acme.com,E3,,,TRUE,extra',
    ].join('\n');
    const { samples, issues } = parseUsersCsv(csv);
    expect(samples.map((s) => [s.id, s.label, s.fields['email'], s.fields['dob']])).toEqual([
      ['csv-1', 'Ann Lee', undefined, undefined],
      ['csv-3', 'Cy Dee', 'cy@acme.com', null],
    ]);
    expect(issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [1, 'email', 'error'],
      [1, 'dob', 'error'],
      [1, 'gender', 'error'],
      [1, 'Enabled', 'error'],
      [2, '', 'error'],
      [3, '', 'warning'],
    ]);
    expect(issues[1]?.message).toMatch(/YYYY-MM-DD/);
    expect(issues[4]?.message).toMatch(/row skipped/);
  });

  it('refuses a file with no identifying column, an empty file, and reports a broken quote', () => {
    expect(parseUsersCsv('name,title\nAnn,CTO\n').issues[0]?.message).toMatch(
      /no email\/login or employee id/,
    );
    expect(parseUsersCsv('').issues[0]?.message).toMatch(/empty/);
    const broken = parseUsersCsv('email,title\na@acme.com,"CTO\n');
    expect(broken.issues[0]).toMatchObject({ severity: 'error', line: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoster } from './roster.ts';

describe('reading a roster export', () => {
  it('reads a Dutch spreadsheet saved with semicolons, with quotes and a byte-order mark', () => {
    const csv =
      '\uFEFFLeerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas\r\n1001;Sam;de;Vries;2B\r\n1002;"Şükrü";;"Yılmaz; jr.";2B\r\n';
    const result = parseRoster(csv);
    expect(result).toEqual({
      ok: true,
      students: [
        { externalId: '1001', name: 'Sam de Vries', className: '2B' },
        { externalId: '1002', name: 'Şükrü Yılmaz; jr.', className: '2B' },
      ],
      skipped: [],
    });
  });

  it('reads a plain list with commas and a full name', () => {
    expect(parseRoster('naam,groep\nN. Bakker,groep 7\n,groep 7\n')).toEqual({
      ok: true,
      students: [{ externalId: null, name: 'N. Bakker', className: 'groep 7' }],
      skipped: [{ line: 3, reason: 'noName' }],
    });
  });

  it('takes only students from a OneRoster users.csv', () => {
    const csv = [
      'sourcedId,status,role,givenName,familyName,grades',
      'u1,active,student,Lotte,van Dijk,07',
      'u2,active,teacher,Karel,Jansen,',
      'u3,active,student,Ahmed,El Amrani,08',
    ].join('\n');
    const result = parseRoster(csv);
    expect(result.ok && result.students).toEqual([
      { externalId: 'u1', name: 'Lotte van Dijk', className: '07' },
      { externalId: 'u3', name: 'Ahmed El Amrani', className: '08' },
    ]);
    expect(result.ok && result.skipped).toEqual([{ line: 3, reason: 'notStudent' }]);
  });

  it('says why a file cannot be used', () => {
    expect(parseRoster('')).toEqual({ ok: false, error: 'empty' });
    expect(parseRoster('kleur;maat\nrood;M')).toEqual({ ok: false, error: 'noNameColumn' });
    expect(parseRoster('naam;klas\n"open quote;2B')).toEqual({ ok: false, error: 'unreadable' });
    expect(parseRoster(`naam\n${'x\n'.repeat(5001)}`)).toEqual({ ok: false, error: 'tooManyRows' });
  });

  it('numbers skipped lines as the spreadsheet does, past blank lines and cells over several lines', () => {
    const csv = 'naam;klas\n\n"Anna\nvan Dijk";2B\n;2B\n';
    const result = parseRoster(csv);
    expect(result.ok && result.students).toEqual([
      { externalId: null, name: 'Anna van Dijk', className: '2B' },
    ]);
    expect(result.ok && result.skipped).toEqual([{ line: 5, reason: 'noName' }]);
  });

  it('takes the class over the year when both are there, whatever their order', () => {
    const result = parseRoster('Leerjaar;Klas;Naam\n2;2B;Sam');
    expect(result.ok && result.students).toEqual([{ externalId: null, name: 'Sam', className: '2B' }]);
  });

  it('leaves out users OneRoster marks for deletion, and text that cannot be stored', () => {
    const csv =
      'sourcedId,status,role,givenName,familyName\nu1,tobedeleted,student,Oud,Leerling\nu2,active,student,Nu\u0000l,X\n';
    const result = parseRoster(csv);
    expect(result.ok && result.students).toEqual([]);
    expect(result.ok && result.skipped).toEqual([
      { line: 2, reason: 'removed' },
      { line: 3, reason: 'invalidText' },
    ]);
  });

  it('leaves out names too long for a name', () => {
    const result = parseRoster(`naam;klas\n${'a'.repeat(121)};1A`);
    expect(result.ok && result.skipped).toEqual([{ line: 2, reason: 'tooLong' }]);
  });
});

/**
 * Reading a school's student roster from a CSV export of the student information system (PRODUCT P6): a plain
 * list (naam, klas, leerlingnummer; or voornaam, tussenvoegsel, achternaam) or a OneRoster users.csv (givenName,
 * familyName, role, grades). Only what a conversation needs is kept: a name and a class. Pure: text in, rows out.
 *
 * @example parseRoster('naam;klas\nSam de Vries;2B') // → { students: [{ name: 'Sam de Vries', className: '2B', … }] }
 */
import { parse } from 'csv-parse/sync';
import { isStorableText } from '../../../platform/text/typed.ts';

export const NAME_MAX = 120;
export const CLASS_MAX = 40;
export const ROSTER_MAX_ROWS = 5000;

export interface RosterStudent {
  /** The student's number in the information system, to update instead of adding on a later import. */
  externalId: string | null;
  name: string;
  className: string;
}

/** Why a line was left out. */
export const skipReasons = ['noName', 'tooLong', 'notStudent', 'removed', 'invalidText'] as const;
export type SkipReason = (typeof skipReasons)[number];

export type RosterResult =
  | { ok: true; students: RosterStudent[]; skipped: { line: number; reason: SkipReason }[] }
  | { ok: false; error: 'empty' | 'noNameColumn' | 'tooManyRows' | 'unreadable' };

const COLUMNS = {
  name: ['naam', 'name', 'leerling', 'volledigenaam', 'fullname', 'displayname', 'weergavenaam'],
  first: ['voornaam', 'roepnaam', 'givenname', 'firstname'],
  prefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'middlename'],
  last: ['achternaam', 'familienaam', 'familyname', 'lastname', 'surname'],
  initials: ['initialen', 'voorletters', 'initials'],
  className: ['klas', 'klasnaam', 'stamgroep', 'basisgroep', 'groep', 'class', 'grades', 'grade', 'leerjaar'],
  id: ['leerlingnummer', 'studentnummer', 'stamnummer', 'sourcedid', 'id', 'identifier', 'leerlingid'],
  role: ['role', 'rol'],
  status: ['status'],
} as const;
type Column = keyof typeof COLUMNS;

const squash = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]/g, '');

/** The separator the header line uses most: semicolons (Dutch Excel), commas or tabs. */
function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((sep) => [sep, header.split(sep).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Where each column is; of several headers that could be it, the name listed first wins ("klas" over "leerjaar"). */
function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const squashed = header.map(squash);
  const found: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const index = names.map((name) => squashed.indexOf(name)).find((i) => i >= 0);
    if (index !== undefined) found[column] = index;
  }
  return found;
}

function nameOf(row: readonly string[], at: Partial<Record<Column, number>>): string {
  const cell = (column: Column) => (at[column] === undefined ? '' : (row[at[column]!] ?? '').trim());
  const full = cell('name');
  if (full) return full;
  const parts = [cell('first'), cell('prefix'), cell('last')].filter(Boolean).join(' ');
  return parts || cell('initials');
}

/** One row as a student, or why it was left out. */
function studentOf(row: readonly string[], at: Partial<Record<Column, number>>): RosterStudent | SkipReason {
  const cell = (column: Column) => (at[column] === undefined ? '' : (row[at[column]!] ?? '').trim());
  const role = cell('role').toLowerCase();
  if (role !== '' && role !== 'student' && role !== 'leerling') return 'notStudent';
  // OneRoster marks users that are on their way out.
  if (cell('status').toLowerCase() === 'tobedeleted') return 'removed';
  if (!row.every(isStorableText)) return 'invalidText';
  const name = nameOf(row, at).replace(/\s+/g, ' ');
  if (!name) return 'noName';
  const className = cell('className');
  if (name.length > NAME_MAX || className.length > CLASS_MAX) return 'tooLong';
  const externalId = cell('id').slice(0, 80);
  return { externalId: externalId || null, name, className };
}

/** The students in a roster export, and the lines left out with why. */
export function parseRoster(text: string): RosterResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, error: 'empty' };
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(clean, {
      delimiter: separatorOf(clean),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof rows;
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const [first, ...body] = rows;
  const header = first?.record ?? [];
  const at = columnsOf(header);
  if (at.name === undefined && at.last === undefined && at.first === undefined && at.initials === undefined) {
    return { ok: false, error: 'noNameColumn' };
  }
  if (body.length > ROSTER_MAX_ROWS) return { ok: false, error: 'tooManyRows' };
  const students: RosterStudent[] = [];
  const skipped: { line: number; reason: SkipReason }[] = [];
  for (const { record: row, info } of body) {
    // The line the record starts on, as a spreadsheet numbers it (a quoted cell may span lines).
    const line = info.lines - row.join('').split('\n').length + 1;
    const outcome = studentOf(row, at);
    if (typeof outcome === 'string') skipped.push({ line, reason: outcome });
    else students.push(outcome);
  }
  return { ok: true, students, skipped };
}

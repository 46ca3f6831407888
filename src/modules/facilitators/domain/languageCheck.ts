/**
 * A language check for what facilitators write (questions, notes), and for the question coach of teacher–student
 * conversations: one Dutch heuristic, used by both (PRODUCT F2, seed 003).
 *
 * Two things give an internal facilitator away as a party instead of a neutral host:
 * - speaking for the organisation: "we", "wij", "ons", "onze" about the school or the team. Kring suggests
 *   naming it ("het team", "de school").
 * - closed questions, which invite a yes or a no ("Vind je het hier veilig?"). Kring suggests an open form that
 *   starts with a question word ("Hoe veilig voel je je hier?").
 *
 * It is a heuristic: a finding is a suggestion to look again, never a refusal.
 *
 * @example checkLanguage('Vinden jullie onze regels eerlijk?') // → closedQuestion + organisationWe
 */

export type LanguageFinding =
  | {
      kind: 'organisationWe';
      /** The word as written, and where it starts in the text. */
      word: string;
      index: number;
      suggestion: 'het team' | 'de school';
    }
  | {
      kind: 'closedQuestion';
      sentence: string;
      index: number;
      /** The question word an open form could start with. */
      suggestedStart: 'hoe' | 'wat';
    };

const WE_WORDS = new Set(['we', 'wij', 'ons', 'onze', 'onszelf']);
/** Words after "we/ons" that show the team is meant rather than the school as a whole. */
const TEAM_WORDS = /^(team|teams|docenten|leraren|collega|collega's|sectie|mentoren|afdeling|vakgroep)$/;

/** Words an open question starts with (after a leading "en", "maar", …). */
const OPEN_STARTS = new Set([
  'wat',
  'wie',
  'waar',
  'wanneer',
  'waarom',
  'hoe',
  'hoezo',
  'welk',
  'welke',
  'waardoor',
  'waarover',
  'waarmee',
  'waarvan',
  'waaraan',
  'waarin',
  'waarop',
  'waarbij',
  'waarvoor',
  'vertel',
  'beschrijf',
  'noem',
  'geef',
]);
const OPEN_PHRASES = [
  /^in hoeverre\b/,
  /^op welke (manier|wijze)\b/,
  /^in welke\b/,
  /^met wie\b/,
  /^van wie\b/,
];
/** "Kun je iets vertellen over …?" invites a story: open, although it starts with a verb. */
const INVITATIONS = /\b(vertellen|beschrijven|uitleggen|toelichten|schetsen|voorbeeld|voorbeelden)\b/;
const LEADING_FILLERS = /^(en|maar|dus|oké|ok|nou|en dan|of)\s+/;
/** Verbs of feeling and judging: an open form asks "how". */
const HOW_VERBS =
  /^(vind|vindt|vinden|vond|vonden|voel|voelt|voelen|voelde|ervaar|ervaart|ervaren|beleef|beleeft)\b/;

function words(text: string): { word: string; index: number }[] {
  return [...text.matchAll(/[\p{L}']+/gu)].map((m) => ({ word: m[0], index: m.index ?? 0 }));
}

function organisationWe(text: string): LanguageFinding[] {
  const all = words(text);
  const findings: LanguageFinding[] = [];
  for (const [i, { word, index }] of all.entries()) {
    if (!WE_WORDS.has(word.toLowerCase())) continue;
    const following = all.slice(i + 1, i + 4).map((w) => w.word.toLowerCase());
    const team = following.some((w) => TEAM_WORDS.test(w));
    findings.push({ kind: 'organisationWe', word, index, suggestion: team ? 'het team' : 'de school' });
  }
  return findings;
}

/** Whether a question (without its question mark) asks for a yes or a no. */
export function isClosedQuestion(question: string): boolean {
  const plain = question
    .trim()
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, '')
    .replace(LEADING_FILLERS, '');
  const first = plain.split(/\s+/)[0] ?? '';
  if (first === '' || OPEN_STARTS.has(first)) return false;
  if (OPEN_PHRASES.some((phrase) => phrase.test(plain))) return false;
  if (INVITATIONS.test(plain)) return false;
  return true;
}

function closedQuestions(text: string): LanguageFinding[] {
  const findings: LanguageFinding[] = [];
  for (const match of text.matchAll(/[^.?!\n]*\?/g)) {
    const sentence = match[0].trim();
    if (!isClosedQuestion(sentence.slice(0, -1))) continue;
    const start = sentence.toLowerCase().replace(LEADING_FILLERS, '');
    findings.push({
      kind: 'closedQuestion',
      sentence,
      index: (match.index ?? 0) + match[0].indexOf(sentence),
      suggestedStart: HOW_VERBS.test(start) ? 'hoe' : 'wat',
    });
  }
  return findings;
}

/** Every finding in a text, in the order they appear. */
export function checkLanguage(text: string): LanguageFinding[] {
  return [...organisationWe(text), ...closedQuestions(text)].sort((a, b) => a.index - b.index);
}

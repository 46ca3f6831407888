/**
 * The question coach of teacher–student conversations (PRODUCT G3, seed 004). A conversation about what a
 * student needs goes well on open questions; most teachers know that and still ask closed ones out of habit.
 * The coach finds the closed questions in what a teacher writes and proposes an open way to ask the same thing:
 * "Vind je het moeilijk om je te concentreren?" becomes "Wat maakt het moeilijk om je te concentreren?".
 *
 * Which questions are closed is decided by the check facilitators use too (`isClosedQuestion`). The rewriting
 * leans on Dutch word order: a yes/no question starts with its finite verb ("Vind je…", "Is het…", "Heb je…"),
 * and any question word put in front keeps that order grammatical ("Wanneer heb je…"). Rules for the common
 * forms come first; "In hoeverre …" is the fallback that fits every verb-first question. It is a heuristic: the
 * suggestion is an offer, the teacher decides.
 *
 * @example openVersion('Vind je rekenen moeilijk?') // → 'Wat maakt rekenen moeilijk voor je?'
 * @example coachQuestions('Hoe gaat het? Ben je vaak moe in de les?') // → one finding, 'Wanneer ben je moe in de les?'
 */
import { isClosedQuestion } from '../../facilitators/domain/languageCheck.ts';

export interface CoachedQuestion {
  /** The closed question as written, with its question mark. */
  question: string;
  /** Where it starts in the text. */
  index: number;
  /** An open way to ask it. */
  suggestion: string;
}

const YOU = new Set(['je', 'jij', 'u', 'jullie']);
/** Words of frequency or emphasis that make no sense once a question asks "when" or "how". */
const DROPPED = new Set([
  'vaak',
  'altijd',
  'soms',
  'weleens',
  'ooit',
  'regelmatig',
  'meestal',
  'wel',
  'eigenlijk',
  'echt',
  'genoeg',
]);
/** Words that make something heavier: an open question asks what makes it so. */
const HARD = new Set([
  'moeilijk',
  'moeilijker',
  'lastig',
  'lastiger',
  'zwaar',
  'zwaarder',
  'eng',
  'spannend',
  'vervelend',
  'saai',
  'stom',
  'naar',
  'rot',
  'irritant',
  'onprettig',
  'onveilig',
  'ingewikkeld',
  'druk',
  'onduidelijk',
  'oneerlijk',
  'verwarrend',
]);
/** Words of liking: an open question asks how it is. */
const NICE = new Set([
  'leuk',
  'leuker',
  'fijn',
  'fijner',
  'prettig',
  'gezellig',
  'goed',
  'beter',
  'makkelijk',
  'duidelijk',
  'interessant',
  'aardig',
  'eerlijk',
  'veilig',
  'rustig',
  'lekker',
]);
/** Intensifiers before an adjective ("te moeilijk", "heel leuk"), left out of the open form. */
const INTENSIFIERS = new Set(['te', 'heel', 'erg', 'zo', 'best', 'nogal', 'echt', 'wel', 'niet', 'zeer']);
const QUESTION_WORDS = new Set([
  'wat',
  'wie',
  'waar',
  'wanneer',
  'waarom',
  'hoe',
  'hoeveel',
  'welke',
  'welk',
]);
const PREPOSITIONS = new Set(['bij', 'met', 'van', 'voor', 'naar', 'over', 'aan', 'op', 'in', 'om', 'tegen']);
const LEADING_FILLERS = new Set(['en', 'maar', 'dus', 'oké', 'ok', 'nou', 'of']);
const COPULA: Record<string, string> = { is: 'maakt', was: 'maakte', zijn: 'maken', waren: 'maakten' };
/** Verbs whose open form asks "when" ("Wanneer kun je je concentreren?"). */
const WHEN_VERBS =
  /^(kun|kan|kunnen|mag|mogen|moet|moeten|wil|wilt|willen|zou|zouden|ga|gaat|gaan|word|wordt|merk|merkt|zie|ziet|heb|hebt|hebben|ben|bent|speel|speelt|werk|werkt|doe|doet|krijg|krijgt|maak|maakt|denk|denkt|let|praat|luister|vraag|lees|leest|schrijf|help|helpt)$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const lower = (word: string) => word.toLowerCase().replace(/[,;:]$/, '');

function sentence(first: string, rest: readonly string[]): string {
  const text = [first, ...rest].join(' ').replace(/\s+([,;:])/g, '$1');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}?`;
}

/** The question's words without a leading "en", "maar", … and with the verb written in lower case. */
function normalise(question: string): string[] {
  const all = words(question.trim().replace(/\?+$/, ''));
  while (all.length > 1 && LEADING_FILLERS.has(lower(all[0]!))) all.shift();
  if (all[0]) all[0] = all[0].toLowerCase();
  return all;
}

/** Drops frequency words, and "wel eens" as one. */
function withoutFrequency(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = lower(list[i]!);
    if (word === 'wel' && lower(list[i + 1] ?? '') === 'eens') {
      i += 1;
      continue;
    }
    if (word === 'nog' && lower(list[i + 1] ?? '') === 'wel') continue;
    if (!DROPPED.has(word)) out.push(list[i]!);
  }
  return out;
}

/** Where the first adjective of `set` is, after `from`. */
function findAdjective(list: readonly string[], set: ReadonlySet<string>, from: number): number {
  return list.findIndex((word, i) => i >= from && set.has(lower(word)));
}

/** The words between `from` and `to`, without intensifiers at the end ("de opdrachten te" → "de opdrachten"). */
function subjectBetween(list: readonly string[], from: number, to: number): string[] {
  const subject = list.slice(from, to);
  while (subject.length > 0 && INTENSIFIERS.has(lower(subject.at(-1)!))) subject.pop();
  return subject;
}

/** "Vind je het moeilijk om …" / "Vind je rekenen leuk" / "Vind je dat …". */
function judging(w: readonly string[]): string | null {
  const [verb, subject] = w;
  if (!verb || !/^(vind|vindt|vinden)$/.test(verb) || !YOU.has(lower(subject ?? ''))) return null;
  // "Vind je dat …" asks for an opinion on a whole clause: its adjectives are the clause's, not the question's.
  if (/^(dat|of)$/.test(lower(w[2] ?? ''))) return sentence('in hoeverre', w);
  const hard = findAdjective(w, HARD, 2);
  if (hard > 2) {
    const thing = subjectBetween(w, 2, hard);
    const rest = withoutFrequency(w.slice(hard + 1));
    return sentence('wat maakt', [...thing, w[hard]!, ...(rest.length ? rest : ['voor je'])]);
  }
  const nice = findAdjective(w, NICE, 2);
  if (nice > 2) {
    const thing = subjectBetween(w, 2, nice);
    return sentence('hoe', [verb, subject!, ...thing, ...withoutFrequency(w.slice(nice + 1))]);
  }
  return null;
}

/** "Is het moeilijk om …" / "Was de toets lastig" / "Was het leuk op kamp". */
function copula(w: readonly string[]): string | null {
  const verb = w[0]!;
  const made = COPULA[verb];
  if (!made || YOU.has(lower(w[1] ?? ''))) return null;
  const hard = findAdjective(w, HARD, 2);
  if (hard > 1) {
    const rest = withoutFrequency(w.slice(hard + 1));
    return sentence(`wat ${made}`, [
      ...subjectBetween(w, 1, hard),
      w[hard]!,
      ...(rest.length ? rest : ['voor je']),
    ]);
  }
  const nice = findAdjective(w, NICE, 2);
  if (nice > 1) return sentence('hoe', [verb, ...subjectBetween(w, 1, nice), ...w.slice(nice + 1)]);
  return null;
}

/** "Is er iets gebeurd" / "Is er iemand die …" / "Is er een vak dat …" / "Zijn er plekken waar …". */
function existential(w: readonly string[]): string | null {
  if (!/^(is|zijn|was|waren)$/.test(w[0]!) || lower(w[1] ?? '') !== 'er') return null;
  const rest = w.filter((word, i) => i > 1 && lower(word) !== 'ook');
  const head = lower(rest[0] ?? '');
  if (head === 'iets') return sentence('wat', [w[0]!, 'er', ...rest.slice(1)]);
  if (head === 'iemand') return sentence('wie', [w[0]!, 'er', ...rest.slice(1)]);
  const relative = rest.findIndex((word) =>
    /^(die|dat|wat|waar|waarin|waarbij|waarover|waarmee)$/.test(lower(word)),
  );
  if (head === 'een' && relative > 1) {
    return sentence('wat voor', [...rest.slice(1, relative), w[0]!, 'er', ...rest.slice(relative)]);
  }
  if (/^(zijn|waren)$/.test(w[0]!) && relative > 0) {
    return sentence('welke', [...rest.slice(0, relative), w[0]!, 'er', ...rest.slice(relative)]);
  }
  return null;
}

/** "Voel je je veilig in de klas" → "Hoe voel je je in de klas"; "Voel je je alleen" → "Wanneer voel je je alleen". */
function feeling(w: readonly string[]): string | null {
  if (!/^(voel|voelt|voelen)$/.test(w[0]!) || !YOU.has(lower(w[1] ?? ''))) return null;
  const reflexive = /^(je|jij|u|zich|jullie)$/.test(lower(w[2] ?? '')) ? 3 : 2;
  const rest = withoutFrequency(w.slice(reflexive));
  const predicate = rest.findIndex((word) => !INTENSIFIERS.has(lower(word)));
  if (predicate < 0) return null;
  const after = rest.slice(predicate + 1);
  const start = w.slice(0, reflexive);
  return after.length > 0 ? sentence('hoe', [...start, ...after]) : sentence('wanneer', [...start, ...rest]);
}

/** "Gaat het goed met …" → "Hoe gaat het met …"; "Lukt het om …" → "Wat helpt je om …". */
function goingAndManaging(w: readonly string[]): string | null {
  const [verb, subject] = w;
  if (lower(subject ?? '') !== 'het') return null;
  if (verb === 'gaat' || verb === 'ging') {
    return sentence('hoe', [
      verb,
      'het',
      ...w
        .slice(2)
        .filter((x) => !NICE.has(lower(x)) && !DROPPED.has(lower(x)) && !/^(slecht|niet)$/.test(lower(x))),
    ]);
  }
  if (verb !== 'lukt' && verb !== 'lukte') return null;
  const after = /^(je|jou|jullie)$/.test(lower(w[2] ?? '')) ? w.slice(3) : w.slice(2);
  const rest = withoutFrequency(after).filter((x) => lower(x) !== 'goed');
  if (lower(rest[0] ?? '') === 'om') return sentence('wat helpt je', rest);
  return sentence('hoe gaat het', rest.length ? rest : ['daarmee']);
}

/** "Heb je hulp nodig bij …" → "Wat heb je nodig bij …"; "Heb je het naar je zin in …" → "Hoe vind je het in …". */
function having(w: readonly string[]): string | null {
  const [verb, subject] = w;
  if (!verb || !/^(heb|hebt|hebben)$/.test(verb) || !YOU.has(lower(subject ?? ''))) return null;
  const needed = w.findIndex((word, i) => i > 1 && lower(word) === 'nodig');
  if (needed > 1) return sentence('wat', [verb, subject!, 'nodig', ...w.slice(needed + 1)]);
  const zin = w.slice(2, 6).map(lower).join(' ');
  if (zin === 'het naar je zin' || zin === 'het naar jullie zin') {
    return sentence('hoe', [verb === 'hebben' ? 'vinden' : 'vind', subject!, 'het', ...w.slice(6)]);
  }
  return null;
}

/** "Weet je nog wat er gebeurde" → "Kun je vertellen wat er gebeurde". */
function knowing(w: readonly string[]): string | null {
  if (!/^(weet|snap|begrijp|zie|herinner)$/.test(w[0]!) || !YOU.has(lower(w[1] ?? ''))) return null;
  const rest = w.slice(2).filter((word) => !/^(nog|wel|ook)$/.test(lower(word)));
  const first = lower(rest[0] ?? '');
  const second = lower(rest[1] ?? '');
  if (QUESTION_WORDS.has(first) || (PREPOSITIONS.has(first) && QUESTION_WORDS.has(second))) {
    return sentence('kun je vertellen', rest);
  }
  return null;
}

/** Any other question that starts with its verb: "Wanneer" for what you do, "Hoe" for others, else "In hoeverre". */
function general(w: readonly string[]): string {
  const rest = withoutFrequency(w);
  if (YOU.has(lower(w[1] ?? '')) && WHEN_VERBS.test(w[0]!)) return sentence('wanneer', rest);
  if (!YOU.has(lower(w[1] ?? '')) && !COPULA[w[0]!] && lower(w[1] ?? '') !== 'het' && w.length > 2) {
    return sentence('hoe', rest);
  }
  return sentence('in hoeverre', w);
}

/** An open version of a closed question, or null when the question is open already. */
export function openVersion(question: string): string | null {
  const text = question.trim().replace(/\?+$/, '');
  if (text === '' || !isClosedQuestion(text)) return null;
  const w = normalise(text);
  return (
    judging(w) ??
    existential(w) ??
    copula(w) ??
    feeling(w) ??
    goingAndManaging(w) ??
    having(w) ??
    knowing(w) ??
    general(w)
  );
}

/** Every closed question in a text (one question per sentence ending in "?"), with an open version of each. */
export function coachQuestions(text: string): CoachedQuestion[] {
  const found: CoachedQuestion[] = [];
  for (const match of text.matchAll(/[^.?!\n]*\?/g)) {
    const question = match[0].trim();
    const suggestion = openVersion(question);
    if (suggestion === null) continue;
    found.push({ question, index: (match.index ?? 0) + match[0].indexOf(question), suggestion });
  }
  return found;
}

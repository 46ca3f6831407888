/**
 * Suggested clusters of recommendations (S7): post-its that say much the same land together, so the group
 * sees duplicates at a glance. Dutch-aware and local: stop words removed, words reduced to their stem
 * (Snowball), and character 4-grams of the stems so that compounds meet their parts ("pestprotocol", "pesten").
 * Texts are compared by cosine similarity of TF-IDF weights and grouped by average-linkage clustering.
 */
import snowball from 'snowball-stemmers';
import stopwords from 'stopwords-iso';

const stemmer = snowball.newStemmer('dutch');
/** Dutch stop words, and the words every school recommendation uses: they say nothing about its theme. */
const STOP = new Set<string>([
  ...(stopwords as Record<string, string[]>).nl!,
  ...[
    'meer',
    'beter',
    'moeten',
    'zorgen',
    'leerling',
    'leerlingen',
    'docent',
    'docenten',
    'school',
    'scholen',
  ],
  ...['klas', 'klassen', 'iedereen', 'elke', 'alle', 'vaker', 'sneller', 'eerder'],
]);

export interface NoteText {
  id: string;
  text: string;
}

export interface SuggestedCluster {
  noteIds: string[];
  /** A short title: the word the notes share most. */
  title: string;
}

/** The stems of a text's meaningful words, with the word each came from. */
export function stems(text: string): { stem: string; word: string }[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((word) => word.length > 2 && !STOP.has(word))
    .map((word) => {
      // Dutch past participles ("gepest", "gehoord") keep their prefix in Snowball; take it off so they meet
      // "pesten". Only for words that look like one, so "gender" and "gesprek" stay whole.
      const bare = word.length >= 6 && /^ge.+[td]$/.test(word) ? word.slice(2) : word;
      // Snowball undoubles vowels at a word's end ("telefoons" → "telefon") but not inside a compound
      // ("telefoonregel"): fold them everywhere so the two still meet.
      return { stem: stemmer.stem(bare).replace(/([aeou])\1/g, '$1'), word };
    });
}

/**
 * A text's features: its stems, the stems of other notes that a compound starts or ends with
 * ("pestprotocol" also counts as "pest"), and the stems' character 4-grams at a lower weight.
 */
function features(text: string, vocabulary: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const { stem } of stems(text)) {
    out.set(`w:${stem}`, (out.get(`w:${stem}`) ?? 0) + 1);
    for (const part of vocabulary) {
      if (part.length >= 4 && part !== stem && (stem.startsWith(part) || stem.endsWith(part))) {
        out.set(`w:${part}`, (out.get(`w:${part}`) ?? 0) + 1);
      }
    }
    const padded = `^${stem}$`;
    for (let i = 0; i + 4 <= padded.length; i++) {
      const gram = `g:${padded.slice(i, i + 4)}`;
      out.set(gram, (out.get(gram) ?? 0) + 0.25);
    }
  }
  return out;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Pairwise similarity (0–1) of the notes' texts. */
export function similarityMatrix(notes: readonly NoteText[]): number[][] {
  const vocabulary = new Set(notes.flatMap((n) => stems(n.text).map((s) => s.stem)));
  const raw = notes.map((n) => features(n.text, vocabulary));
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const weighted = raw.map((f) => {
    const out = new Map<string, number>();
    for (const [k, v] of f) out.set(k, v * (Math.log((notes.length + 1) / ((df.get(k) ?? 0) + 1)) + 1));
    return out;
  });
  return weighted.map((a) => weighted.map((b) => cosine(a, b)));
}

/**
 * Groups notes whose texts are alike; only groups of two or more are suggested. `threshold` is the average
 * similarity two groups need to merge.
 */
export function suggestClusters(notes: readonly NoteText[], threshold = 0.12): SuggestedCluster[] {
  const sim = similarityMatrix(notes);
  let groups = notes.map((_, i) => [i]);
  const linkage = (a: number[], b: number[]) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += sim[i]![j]!;
    return sum / (a.length * b.length);
  };
  for (;;) {
    let best = { score: threshold, a: -1, b: -1 };
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const score = linkage(groups[a]!, groups[b]!);
        if (score >= best.score) best = { score, a, b };
      }
    }
    if (best.a < 0) break;
    const merged = [...groups[best.a]!, ...groups[best.b]!];
    groups = groups.filter((_, i) => i !== best.a && i !== best.b);
    groups.push(merged);
  }
  return groups
    .filter((g) => g.length > 1)
    .map((g) => ({ noteIds: g.map((i) => notes[i]!.id), title: titleOf(g.map((i) => notes[i]!.text)) }));
}

/** The word behind the stem most notes share, capitalised. */
function titleOf(texts: string[]): string {
  const perStem = new Map<string, { notes: number; words: Map<string, number> }>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const { stem, word } of stems(text)) {
      const entry = perStem.get(stem) ?? { notes: 0, words: new Map() };
      if (!seen.has(stem)) entry.notes++;
      seen.add(stem);
      entry.words.set(word, (entry.words.get(word) ?? 0) + 1);
      perStem.set(stem, entry);
    }
  }
  const [, top] =
    [...perStem.entries()].sort((a, b) => b[1].notes - a[1].notes || b[0].length - a[0].length)[0] ?? [];
  const word = top ? [...top.words.entries()].sort((a, b) => b[1] - a[1])[0]![0] : '';
  return word.charAt(0).toUpperCase() + word.slice(1);
}

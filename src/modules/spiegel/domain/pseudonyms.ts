/**
 * Pseudonyms for people who join without choosing a name: Dutch names of trees and birds, neutral and easy to
 * read aloud. Numbered when the list runs out.
 */
const NAMES = [
  'Eik',
  'Beuk',
  'Berk',
  'Wilg',
  'Els',
  'Linde',
  'Esdoorn',
  'Hazelaar',
  'Lijster',
  'Merel',
  'Mus',
  'Vink',
  'Reiger',
  'Ekster',
  'Specht',
  'Zwaluw',
  'Uil',
  'Valk',
  'Kraai',
  'Meeuw',
  'Gaai',
  'Roodborst',
  'Koolmees',
  'Pimpelmees',
  'Winterkoning',
  'Kievit',
  'Grutto',
  'Tureluur',
  'Ooievaar',
  'Zilverreiger',
  'Wulp',
  'Kwikstaart',
];

/** A name not in `taken`; random when `random` is given. */
export function pseudonym(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  const free = NAMES.filter((n) => !taken.has(n));
  if (free.length > 0) return free[Math.floor(random() * free.length)]!;
  for (let n = 2; ; n++) {
    const candidate = `${NAMES[Math.floor(random() * NAMES.length)]} ${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

import { describe, expect, it } from 'vitest';
import { stems, suggestClusters } from './clusters.ts';

/** Recommendations as groups might write them, written for this test: five themes and two loners. */
const notes = [
  { id: 'pest1', text: 'Harder optreden tegen pesten in de klas' },
  { id: 'pest2', text: 'Een duidelijk pestprotocol dat iedereen kent' },
  { id: 'pest3', text: 'Docenten moeten pesten eerder zien en er iets van zeggen' },
  { id: 'pest4', text: 'Leerlingen die gepest worden sneller helpen' },
  { id: 'gsa1', text: 'Een GSA oprichten voor leerlingen' },
  { id: 'gsa2', text: 'De GSA meer steunen vanuit de schoolleiding' },
  { id: 'les1', text: 'Meer lessen over seksuele diversiteit' },
  { id: 'les2', text: 'In alle klassen lessen over gender en seksualiteit' },
  { id: 'wc1', text: 'Genderneutrale toiletten' },
  { id: 'wc2', text: 'Een neutraal toilet op elke verdieping' },
  { id: 'ouder1', text: 'Ouders beter informeren over het beleid' },
  { id: 'ouder2', text: 'Een avond voor ouders over wat de school doet' },
  { id: 'mentor', text: 'Vaker een gesprek met de mentor' },
  { id: 'paars', text: 'Paarse Vrijdag vieren' },
];

const clusterOf = (clusters: ReturnType<typeof suggestClusters>, id: string) =>
  clusters.findIndex((c) => c.noteIds.includes(id));

describe('suggested clusters of recommendations', () => {
  const clusters = suggestClusters(notes);

  it('reduces Dutch words to shared stems and ignores stop words', () => {
    expect(stems('De kinderen worden gepest').map((s) => s.stem)).toEqual(['kinder', 'pest']);
    expect(stems('Docenten moeten beter luisteren').map((s) => s.stem)).toEqual(['luister']);
    expect(stems('pesten').map((s) => s.stem)).toEqual(['pest']);
  });

  it('puts recommendations about the same thing together', () => {
    for (const theme of [
      ['pest1', 'pest3', 'pest4'],
      ['gsa1', 'gsa2'],
      ['les1', 'les2'],
      ['wc1', 'wc2'],
      ['ouder1', 'ouder2'],
    ]) {
      const found = theme.map((id) => clusterOf(clusters, id));
      expect(found[0], theme.join(',')).toBeGreaterThanOrEqual(0);
      expect(new Set(found).size, theme.join(',')).toBe(1);
    }
  });

  it('joins a compound word with its parts', () => {
    expect(clusterOf(clusters, 'pest2')).toBe(clusterOf(clusters, 'pest1'));
  });

  it('keeps unrelated recommendations apart', () => {
    expect(clusterOf(clusters, 'mentor')).toBe(-1);
    expect(clusterOf(clusters, 'paars')).toBe(-1);
    expect(clusterOf(clusters, 'gsa1')).not.toBe(clusterOf(clusters, 'pest1'));
    expect(clusterOf(clusters, 'wc1')).not.toBe(clusterOf(clusters, 'les1'));
  });

  it('titles a cluster with the word its notes share', () => {
    expect(clusters[clusterOf(clusters, 'gsa1')]!.title).toBe('Gsa');
    expect(clusters[clusterOf(clusters, 'pest1')]!.title.toLowerCase()).toMatch(/^pest|gepest/);
  });

  it('works the same on a second sample it was not tuned on', () => {
    const other = suggestClusters([
      { id: 'vp1', text: 'Een vertrouwenspersoon die iedereen kent' },
      { id: 'vp2', text: 'Weten bij wie je terecht kunt: een vertrouwenspersoon op elke locatie' },
      { id: 'tz1', text: 'Meer toezicht in de kantine' },
      { id: 'tz2', text: 'Toezicht op het schoolplein in de pauze' },
      { id: 'tel1', text: 'Afspraken over telefoons in de les' },
      { id: 'tel2', text: 'Duidelijke telefoonregels voor de hele school' },
      { id: 'open', text: 'Een open dag over inclusie' },
    ]);
    const of = (id: string) => other.findIndex((c) => c.noteIds.includes(id));
    for (const [a, b] of [
      ['vp1', 'vp2'],
      ['tz1', 'tz2'],
      ['tel1', 'tel2'],
    ] as const) {
      expect(of(a), a).toBeGreaterThanOrEqual(0);
      expect(of(a), a).toBe(of(b));
    }
    expect(new Set([of('vp1'), of('tz1'), of('tel1')]).size).toBe(3);
    expect(of('open')).toBe(-1);
  });
});

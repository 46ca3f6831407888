import { describe, expect, it } from 'vitest';
import { checkLanguage, isClosedQuestion } from './languageCheck.ts';

/** A test set written for Kring: what a facilitator might write, and what the check should say. */
const questions: [string, 'open' | 'closed'][] = [
  ['Hoe voel je je in de klas?', 'open'],
  ['Wat merk je van de sfeer in de gang?', 'open'],
  ['Waarom denk je dat dat zo gaat?', 'open'],
  ['Wanneer voelde je je het laatst niet veilig?', 'open'],
  ['Wie spreekt er iemand aan als er gescholden wordt?', 'open'],
  ['Welke opmerkingen hoor je het vaakst?', 'open'],
  ['Waardoor zou het beter worden?', 'open'],
  ['In hoeverre voel je je gehoord door je mentor?', 'open'],
  ['Op welke manier reageren docenten dan?', 'open'],
  ['Kun je iets vertellen over die situatie?', 'open'],
  ['Wil je uitleggen wat er toen gebeurde?', 'open'],
  ['Kun je een voorbeeld geven?', 'open'],
  ['En wat deed je toen?', 'open'],
  ['Maar hoe reageerde de rest van de klas?', 'open'],
  ['Vertel eens, wat gebeurde er daarna?', 'open'],
  ['Vind je het hier veilig?', 'closed'],
  ['Voel je je thuis op school?', 'closed'],
  ['Heb je weleens iets gemeld?', 'closed'],
  ['Is het pesten erger geworden?', 'closed'],
  ['Zijn er plekken waar je je niet fijn voelt?', 'closed'],
  ['Grijpen docenten in als er iets gebeurt?', 'closed'],
  ['Zou je dat tegen je mentor zeggen?', 'closed'],
  ['Weet je bij wie je terecht kunt?', 'closed'],
  ['Kan dat beter?', 'closed'],
  ['En heb je dat toen gezegd?', 'closed'],
  ['Klopt het dat er vaak gescholden wordt?', 'closed'],
];

const weSentences: [string, string[], ('het team' | 'de school')[]][] = [
  ['Op onze school pesten we niet.', ['onze', 'we'], ['de school', 'de school']],
  ['Wij als docenten willen dat horen.', ['Wij'], ['het team']],
  ['Bij ons is iedereen welkom.', ['ons'], ['de school']],
  ['Ons team neemt dit serieus.', ['Ons'], ['het team']],
  ['We hebben daar afspraken over gemaakt met de collega’s.', ['We'], ['de school']],
  ['De school heeft daar afspraken over.', [], []],
  ['Het team wil weten wat jullie ervaren.', [], []],
  ['Jullie mogen alles zeggen wat je wilt.', [], []],
  ['Wat vind jij ervan?', [], []],
  ['Onszelf moeten we ook een spiegel voorhouden.', ['Onszelf', 'we'], ['de school', 'de school']],
];

describe('the language check', () => {
  it.each(questions)('reads "%s" as %s', (sentence, expected) => {
    expect(isClosedQuestion(sentence.slice(0, -1))).toBe(expected === 'closed');
    const closed = checkLanguage(sentence).filter((f) => f.kind === 'closedQuestion');
    expect(closed).toHaveLength(expected === 'closed' ? 1 : 0);
  });

  it.each(weSentences)('flags the organisation\'s "we" in "%s"', (sentence, flagged, suggestions) => {
    const found = checkLanguage(sentence).filter((f) => f.kind === 'organisationWe');
    expect(found.map((f) => (f.kind === 'organisationWe' ? f.word : ''))).toEqual(flagged);
    expect(found.map((f) => (f.kind === 'organisationWe' ? f.suggestion : ''))).toEqual(suggestions);
  });

  it('suggests how to open a closed question: "hoe" for feelings and judgements, else "wat"', () => {
    const [feel] = checkLanguage('Voel je je veilig in de les?');
    const [have] = checkLanguage('Heb je hulp gekregen?');
    expect(feel).toMatchObject({ kind: 'closedQuestion', suggestedStart: 'hoe' });
    expect(have).toMatchObject({ kind: 'closedQuestion', suggestedStart: 'wat' });
  });

  it('finds each question in a longer note, with its place in the text', () => {
    const note = 'Eerst de afspraken. Vind je dat eerlijk? Hoe ging het in de pauze? Klopt dat?';
    const found = checkLanguage(note);
    expect(found.map((f) => (f.kind === 'closedQuestion' ? f.sentence : ''))).toEqual([
      'Vind je dat eerlijk?',
      'Klopt dat?',
    ]);
    const first = found[0]!;
    expect(note.slice(first.index, first.index + 4)).toBe('Vind');
  });

  it('says nothing about plain statements and empty text', () => {
    expect(checkLanguage('')).toEqual([]);
    expect(checkLanguage('De leerlingen vertellen, de docenten luisteren.')).toEqual([]);
  });
});

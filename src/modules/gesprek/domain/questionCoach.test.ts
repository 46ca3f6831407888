import { describe, expect, it } from 'vitest';
import { isClosedQuestion } from '../../facilitators/domain/languageCheck.ts';
import { coachQuestions, openVersion } from './questionCoach.ts';

/**
 * A test set written for the coach: questions a mentor might put to a student, each closed one with the open
 * question a colleague who knows the method would suggest instead.
 */
const closed: [string, string][] = [
  ['Vind je het moeilijk om je te concentreren?', 'Wat maakt het moeilijk om je te concentreren?'],
  ['Vind je rekenen moeilijk?', 'Wat maakt rekenen moeilijk voor je?'],
  ['Vind je het spannend?', 'Wat maakt het spannend voor je?'],
  ['Vind je de lessen saai?', 'Wat maakt de lessen saai voor je?'],
  ['Vind je het lastig als het druk is in de klas?', 'Wat maakt het lastig als het druk is in de klas?'],
  ['Vinden jullie het eng om iets te zeggen?', 'Wat maakt het eng om iets te zeggen?'],
  ['Vind je het leuk op school?', 'Hoe vind je het op school?'],
  ['Vind je gym leuk?', 'Hoe vind je gym?'],
  ['Vind je het fijn om samen te werken?', 'Hoe vind je het om samen te werken?'],
  ['Vind je de juf aardig?', 'Hoe vind je de juf?'],
  ['Vind je dat de regels eerlijk zijn?', 'In hoeverre vind je dat de regels eerlijk zijn?'],
  ['Is het moeilijk om stil te zitten?', 'Wat maakt het moeilijk om stil te zitten?'],
  ['Was de toets lastig?', 'Wat maakte de toets lastig voor je?'],
  ['Zijn de opdrachten te moeilijk?', 'Wat maken de opdrachten moeilijk voor je?'],
  ['Was het leuk op kamp?', 'Hoe was het op kamp?'],
  ['Is de sfeer goed in de klas?', 'Hoe is de sfeer in de klas?'],
  ['Is er iets gebeurd?', 'Wat is er gebeurd?'],
  ['Is er iemand die je kan helpen?', 'Wie is er die je kan helpen?'],
  ['Is er een vak dat je leuk vindt?', 'Wat voor vak is er dat je leuk vindt?'],
  ['Zijn er plekken waar je je niet fijn voelt?', 'Welke plekken zijn er waar je je niet fijn voelt?'],
  ['Zijn er ook dingen die goed gaan?', 'Welke dingen zijn er die goed gaan?'],
  ['Voel je je veilig in de klas?', 'Hoe voel je je in de klas?'],
  ['Voel je je wel eens alleen?', 'Wanneer voel je je alleen?'],
  ['Voel je je thuis op school?', 'Hoe voel je je op school?'],
  ['Gaat het goed met je?', 'Hoe gaat het met je?'],
  ['Gaat het wel goed in de pauze?', 'Hoe gaat het in de pauze?'],
  ['Lukt het om je huiswerk te maken?', 'Wat helpt je om je huiswerk te maken?'],
  ['Lukt het je wel om op tijd te komen?', 'Wat helpt je om op tijd te komen?'],
  ['Lukt het met lezen?', 'Hoe gaat het met lezen?'],
  ['Heb je hulp nodig bij rekenen?', 'Wat heb je nodig bij rekenen?'],
  ['Heb je het naar je zin in je nieuwe klas?', 'Hoe vind je het in je nieuwe klas?'],
  ['Heb je vaak last van de drukte?', 'Wanneer heb je last van de drukte?'],
  ['Heb je moeite met plannen?', 'Wanneer heb je moeite met plannen?'],
  ['Weet je nog wat er toen gebeurde?', 'Kun je vertellen wat er toen gebeurde?'],
  ['Weet je bij wie je terecht kunt?', 'Kun je vertellen bij wie je terecht kunt?'],
  ['Snap je waarom hij boos werd?', 'Kun je vertellen waarom hij boos werd?'],
  ['Ben je vaak moe in de les?', 'Wanneer ben je moe in de les?'],
  ['Kun je je concentreren in de klas?', 'Wanneer kun je je concentreren in de klas?'],
  ['Wil je met mij praten over de ruzie?', 'Wanneer wil je met mij praten over de ruzie?'],
  ['Merk je dat anderen je buitensluiten?', 'Wanneer merk je dat anderen je buitensluiten?'],
  ['Ga je vaak alleen naar huis?', 'Wanneer ga je alleen naar huis?'],
  ['Helpt de juf je genoeg?', 'Hoe helpt de juf je?'],
  ['Grijpen docenten in als er iets gebeurt?', 'Hoe grijpen docenten in als er iets gebeurt?'],
  ['En speel je in de pauze weleens met Sem?', 'Wanneer speel je in de pauze met Sem?'],
  ['Maar doe je je huiswerk altijd thuis?', 'Wanneer doe je je huiswerk thuis?'],
];

/** Open questions: the coach leaves them alone. */
const open = [
  'Wat maakt het moeilijk om je te concentreren?',
  'Hoe gaat het in de pauze?',
  'Wanneer lukt het wel om op te letten?',
  'Wie kan jou helpen?',
  'Wat kun je zelf doen?',
  'Waardoor komt dat, denk je?',
  'Kun je vertellen wat er gebeurde?',
  'Wil je uitleggen hoe dat ging?',
  'In hoeverre voel je je gehoord?',
  'Welke dingen gaan goed?',
  'Met wie speel je het liefst?',
  'Vertel eens, wat doe jij dan?',
];

describe('the question coach', () => {
  it('has a test set of at least 40 questions', () => {
    expect(closed.length + open.length).toBeGreaterThanOrEqual(40);
  });

  it.each(closed)('opens "%s" as "%s"', (question, expected) => {
    expect(openVersion(question)).toBe(expected);
  });

  it.each(closed)('makes of "%s" a question the check itself reads as open', (question) => {
    const suggestion = openVersion(question)!;
    expect(suggestion.endsWith('?')).toBe(true);
    expect(isClosedQuestion(suggestion.slice(0, -1))).toBe(false);
  });

  it.each(open)('leaves the open question "%s" alone', (question) => {
    expect(openVersion(question)).toBeNull();
  });

  it('finds each closed question in a longer text, where it stands', () => {
    const text = 'Fijn dat je er bent. Hoe gaat het? Vind je rekenen moeilijk? En is er iets gebeurd?';
    const found = coachQuestions(text);
    expect(found.map((f) => f.question)).toEqual(['Vind je rekenen moeilijk?', 'En is er iets gebeurd?']);
    expect(found.map((f) => f.suggestion)).toEqual([
      'Wat maakt rekenen moeilijk voor je?',
      'Wat is er gebeurd?',
    ]);
    expect(text.slice(found[0]!.index, found[0]!.index + found[0]!.question.length)).toBe(found[0]!.question);
  });

  it('keeps names as written and ignores empty or unfinished text', () => {
    expect(openVersion('Speel je weleens met Lotte van Dijk?')).toBe('Wanneer speel je met Lotte van Dijk?');
    expect(openVersion('')).toBeNull();
    expect(openVersion('?')).toBeNull();
    expect(coachQuestions('Vind je rekenen moeilijk')).toEqual([]);
  });
});

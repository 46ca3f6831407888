/**
 * The spiegelbijeenkomst (seed 003): participants (clients of a care or service organisation) tell their
 * experiences to two independent facilitators while the staff they concern listen from behind them.
 *
 * Seed 003 names the roles, the two facilitators and the impartiality rule, but not the rounds, durations or
 * sizes. Those below follow the school spiegelgesprek's shape, shortened; they are Kring's assumption and a
 * school or organisation adjusts them in its own copy.
 */
import type { MirrorTemplate } from '../domain/template.ts';

export const careMeetingTemplate: MirrorTemplate = {
  name: {
    nl: 'Spiegelbijeenkomst (deelnemers en toehoorders)',
    en: 'Mirror meeting (participants and listeners)',
  },
  description: {
    nl: 'Deelnemers vertellen over hun ervaringen met de zorg of dienstverlening. De medewerkers om wie het gaat luisteren mee. Twee onafhankelijke gespreksleiders stellen de vragen.',
    en: 'Participants tell about their experiences with the care or service. The staff concerned listen in. Two independent facilitators ask the questions.',
  },
  voices: { label: { nl: 'deelnemer', en: 'participant' }, min: 6, max: 15 },
  listeners: { label: { nl: 'toehoorder', en: 'listener' }, min: 1, max: 12 },
  facilitators: { min: 2, max: 2 },
  maxTotalMinutes: 180,
  rules: [
    { nl: 'Iedereen praat vanuit de eigen ervaring.', en: 'Everyone speaks from their own experience.' },
    { nl: 'We laten elkaar uitpraten.', en: 'We let each other finish.' },
    {
      nl: 'Toehoorders luisteren en reageren pas als het hun beurt is.',
      en: 'Listeners listen and respond only when it is their turn.',
    },
    {
      nl: 'Wat persoonlijk gedeeld wordt, blijft in deze ruimte.',
      en: 'What is shared personally stays in this room.',
    },
  ],
  briefing: {
    nl: 'In deze bijeenkomst vertel je over je ervaringen: wat gaat goed, wat kan beter? De medewerkers luisteren mee om ervan te leren. Je vertelt alleen wat je zelf wilt delen.',
    en: 'In this meeting you tell about your experiences: what goes well, what could be better? Staff listen in to learn from it. You only share what you want to share.',
  },
  phases: [
    {
      id: 'opening',
      kind: 'opening',
      title: { nl: 'Welkom en afspraken', en: 'Welcome and agreements' },
      minutes: 10,
      seating: 'plenary',
      speakers: 'everyone',
      listeners: 'nobody',
      instructions: {
        nl: 'De gespreksleiders vertellen hoe de bijeenkomst gaat en spreken met iedereen de afspraken af.',
        en: 'The facilitators explain how the meeting goes and agree the rules with everyone.',
      },
      questions: [],
    },
    {
      id: 'round1',
      kind: 'round',
      title: { nl: 'Ronde 1 – Deelnemers vertellen', en: 'Round 1 – Participants tell' },
      minutes: 50,
      seating: 'innerOuter',
      inner: 'voices',
      speakers: 'voices',
      listeners: 'listeners',
      instructions: {
        nl: 'Deelnemers zitten in de kring en vertellen over hun ervaringen. Toehoorders zitten erachter en luisteren.',
        en: 'Participants sit in the circle and tell about their experiences. Listeners sit behind them and listen.',
      },
      listenerNote: {
        nl: 'Je luistert alleen en schrijft op wat je hoort.',
        en: 'You only listen and note what you hear.',
      },
      facilitatorNotes: {
        nl: 'Blijf onpartijdig: spreek over "de organisatie" of "het team", niet over "wij". Verdeel de spreektijd en vraag door waar het de toehoorders iets leert.',
        en: 'Stay impartial: speak of "the organisation" or "the team", not "we". Share the speaking time and follow up where it teaches the listeners something.',
      },
      questions: [
        {
          id: 'q1',
          text: {
            nl: 'Wat gaat er goed in de zorg of hulp die je krijgt?',
            en: 'What goes well in the care or help you receive?',
          },
          deeper: [],
        },
        {
          id: 'q2',
          text: {
            nl: 'Wat kan er beter? Kun je een voorbeeld geven?',
            en: 'What could be better? Can you give an example?',
          },
          deeper: [{ nl: 'Wat had je op dat moment nodig?', en: 'What did you need at that moment?' }],
        },
        {
          id: 'q3',
          text: {
            nl: 'Voel je je gehoord en serieus genomen?',
            en: 'Do you feel heard and taken seriously?',
          },
          deeper: [],
        },
      ],
    },
    {
      id: 'round2',
      kind: 'round',
      title: { nl: 'Ronde 2 – Toehoorders vragen door', en: 'Round 2 – Listeners ask' },
      minutes: 20,
      seating: 'faceToFace',
      inner: 'voices',
      speakers: 'listeners',
      listeners: 'nobody',
      instructions: {
        nl: 'Toehoorders stellen verhelderende vragen aan de deelnemers.',
        en: 'Listeners ask the participants clarifying questions.',
      },
      listenerNote: {
        nl: 'Vraag alleen om het beter te begrijpen; verdedig niet en leg niets uit.',
        en: 'Only ask to understand better; do not defend or explain.',
      },
      questions: [],
    },
    {
      id: 'round3',
      kind: 'round',
      title: { nl: 'Ronde 3 – Toehoorders reageren', en: 'Round 3 – Listeners respond' },
      minutes: 25,
      seating: 'innerOuter',
      inner: 'listeners',
      speakers: 'listeners',
      listeners: 'voices',
      instructions: {
        nl: 'Toehoorders praten met elkaar over wat ze hebben gehoord. Deelnemers luisteren.',
        en: 'Listeners talk with each other about what they heard. Participants listen.',
      },
      questions: [
        {
          id: 'q1',
          text: { nl: 'Wat is je het meest bijgebleven?', en: 'What stayed with you most?' },
          deeper: [],
        },
        {
          id: 'q2',
          text: { nl: 'Wat neem je mee naar je werk?', en: 'What do you take back to your work?' },
          deeper: [],
        },
      ],
    },
    {
      id: 'round4',
      kind: 'round',
      title: { nl: 'Ronde 4 – Verbeterpunten in groepjes', en: 'Round 4 – Improvements in groups' },
      minutes: 25,
      seating: 'groups',
      speakers: 'everyone',
      listeners: 'nobody',
      instructions: {
        nl: 'In gemengde groepjes schrijf je op wat er beter kan en wie daarvoor kan zorgen.',
        en: 'In mixed groups you write down what could be better and who could see to it.',
      },
      questions: [
        {
          id: 'q1',
          text: { nl: 'Wat moet er veranderen, en door wie?', en: 'What should change, and by whom?' },
          deeper: [],
        },
      ],
    },
    {
      id: 'round5',
      kind: 'round',
      title: { nl: 'Ronde 5 – Afspraken maken', en: 'Round 5 – Making agreements' },
      minutes: 15,
      seating: 'plenary',
      speakers: 'everyone',
      listeners: 'nobody',
      instructions: {
        nl: 'Samen kiezen we wat eerst moet en wie het oppakt.',
        en: 'Together we choose what comes first and who takes it on.',
      },
      questions: [
        {
          id: 'q1',
          text: { nl: 'Wat pakken we als eerste op?', en: 'What do we take on first?' },
          deeper: [],
        },
      ],
    },
    {
      id: 'closing',
      kind: 'closing',
      title: { nl: 'Afsluiting', en: 'Closing' },
      minutes: 10,
      seating: 'plenary',
      speakers: 'everyone',
      listeners: 'nobody',
      instructions: {
        nl: 'We kijken terug op de bijeenkomst. Heeft iemand nog iets nodig?',
        en: 'We look back on the meeting. Does anyone need anything?',
      },
      questions: [
        {
          id: 'q1',
          text: { nl: 'Hoe was het om mee te doen?', en: 'What was it like to take part?' },
          deeper: [],
        },
      ],
    },
  ],
};

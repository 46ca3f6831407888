/**
 * The school spiegelgesprek on gender and sexual diversity (seed 000): students speak and teachers listen,
 * then the other way round, then mixed groups write recommendations and everyone turns them into actions.
 * Written in Kring's own words.
 */
import type { MirrorTemplate } from '../domain/template.ts';

export const genderDiversityTemplate: MirrorTemplate = {
  name: {
    nl: 'Spiegelgesprek gender- en seksuele diversiteit',
    en: 'Mirror conversation on gender and sexual diversity',
  },
  description: {
    nl: 'Leerlingen vertellen hoe veilig ze zich op school voelen als het gaat om gender en seksuele diversiteit. Docenten luisteren, reageren en samen maken jullie een actieplan.',
    en: 'Students tell how safe they feel at school when it comes to gender and sexual diversity. Teachers listen and respond, and together you make an action plan.',
  },
  voices: { label: { nl: 'leerling', en: 'student' }, min: 8, max: 15 },
  listeners: { label: { nl: 'docent', en: 'teacher' }, min: 1, max: 8 },
  facilitators: { min: 1, max: 1 },
  maxTotalMinutes: 180,
  rules: [
    { nl: 'We laten elkaar uitpraten.', en: 'We let each other finish.' },
    { nl: 'We luisteren echt naar elkaar.', en: 'We really listen to each other.' },
    {
      nl: 'We gaan respectvol met elkaar om, ook als we het oneens zijn.',
      en: 'We treat each other with respect, also when we disagree.',
    },
    {
      nl: 'Wat hier persoonlijk gedeeld wordt, blijft hier.',
      en: 'What is shared personally here, stays here.',
    },
    { nl: 'We stellen open vragen.', en: 'We ask open questions.' },
  ],
  briefing: {
    nl: 'In dit gesprek vertel jij als leerling hoe het voor jou en andere leerlingen is op school: voel je je veilig, kun je jezelf zijn, en wat doet de school als iemand wordt gepest of uitgescholden? Docenten luisteren eerst alleen. Je hoeft niets over jezelf te vertellen wat je niet wilt. Hieronder staan de vragen, zodat je er vooraf over kunt nadenken.',
    en: 'In this conversation you, as a student, tell how school is for you and other students: do you feel safe, can you be yourself, and what does the school do when someone is bullied or called names? Teachers only listen at first. You never have to share anything about yourself that you do not want to. The questions are below, so you can think about them beforehand.',
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
        nl: 'De gespreksleider vertelt waarom we hier zijn en hoe het gesprek gaat. Samen spreken we af hoe we met elkaar praten.',
        en: 'The facilitator explains why we are here and how the conversation goes. Together we agree how we talk with each other.',
      },
      facilitatorNotes: {
        nl: 'Vertel rustig het doel en de vijf ronden. Vraag de groep of de afspraken kloppen en voeg toe wat de groep belangrijk vindt.',
        en: 'Calmly explain the purpose and the five rounds. Ask the group whether the agreements fit and add what the group finds important.',
      },
      questions: [],
    },
    {
      id: 'round1',
      kind: 'round',
      title: { nl: 'Ronde 1 – Leerlingen praten', en: 'Round 1 – Students talk' },
      minutes: 45,
      seating: 'innerOuter',
      inner: 'voices',
      speakers: 'voices',
      listeners: 'listeners',
      instructions: {
        nl: 'Leerlingen zitten in de binnenkring en praten met elkaar. Docenten zitten in de buitenkring en luisteren alleen.',
        en: 'Students sit in the inner circle and talk with each other. Teachers sit in the outer circle and only listen.',
      },
      listenerNote: {
        nl: 'Je luistert alleen: je stelt geen vragen en reageert niet. Schrijf op wat je opvalt.',
        en: 'You only listen: no questions, no reactions. Write down what strikes you.',
      },
      facilitatorNotes: {
        nl: 'Stel de hoofdvragen en vraag door met de verdiepingsvragen. Zorg dat iedere leerling de kans krijgt.',
        en: 'Ask the main questions and follow up with the deeper ones. Make sure every student gets a chance.',
      },
      questions: [
        {
          id: 'q1',
          text: {
            nl: 'Weten docenten hoe veilig leerlingen zich hier voelen?',
            en: 'Do teachers know how safe students feel here?',
          },
          deeper: [
            {
              nl: 'Durf je op school te laten zien wie je bent?',
              en: 'Do you dare to show who you are at school?',
            },
            {
              nl: 'Is er een docent bij wie je terecht kunt als je je niet veilig voelt?',
              en: 'Is there a teacher you can go to when you do not feel safe?',
            },
          ],
        },
        {
          id: 'q2',
          text: {
            nl: 'Wat doet de school tegen pesten en discriminatie?',
            en: 'What does the school do about bullying and discrimination?',
          },
          deeper: [
            {
              nl: 'Merk je dat de school negatief gedrag serieus neemt? Waaraan?',
              en: 'Do you notice that the school takes negative behaviour seriously? How?',
            },
            { nl: 'Hoe is de sfeer op school?', en: 'What is the atmosphere at school like?' },
          ],
        },
        {
          id: 'q3',
          text: {
            nl: 'Welke afspraken zijn er over hoe we met elkaar omgaan?',
            en: 'What agreements are there about how we treat each other?',
          },
          deeper: [
            { nl: 'Ken je die afspraken?', en: 'Do you know those agreements?' },
            {
              nl: 'Houden docenten en de schoolleiding zich eraan, en spreken ze anderen erop aan?',
              en: 'Do teachers and school leaders keep to them, and address others about them?',
            },
          ],
        },
        {
          id: 'q4',
          text: {
            nl: 'Hoe let de school op de veiligheid van lhbti+-leerlingen?',
            en: 'How does the school look after the safety of LGBTI+ students?',
          },
          deeper: [
            {
              nl: 'Bij wie kan een lhbti+-leerling terecht voor steun of om iets te melden?',
              en: 'Who can an LGBTI+ student turn to for support or to report something?',
            },
            {
              nl: 'Wat gebeurt er als iemand wordt uitgescholden om wie die is of van wie die houdt?',
              en: 'What happens when someone is called names for who they are or whom they love?',
            },
          ],
        },
        {
          id: 'q5',
          text: {
            nl: 'Hoe gaan docenten met dit onderwerp om? Doen ze dat allemaal op dezelfde manier?',
            en: 'How do teachers deal with this topic? Do they all do it the same way?',
          },
          deeper: [],
        },
        {
          id: 'q6',
          text: {
            nl: 'Kun je hier jezelf zijn? Wat doet de school daarvoor?',
            en: 'Can you be yourself here? What does the school do for that?',
          },
          deeper: [
            {
              nl: 'Voel je je vrij in hoe je eruitziet, je kleding en wat je voelt?',
              en: 'Do you feel free in how you look, what you wear and what you feel?',
            },
            {
              nl: 'Doet de school mee aan Paarse Vrijdag of iets vergelijkbaars?',
              en: 'Does the school take part in Purple Friday or something similar?',
            },
          ],
        },
        {
          id: 'q7',
          text: {
            nl: 'Krijg je lessen over gender en seksuele diversiteit?',
            en: 'Do you get lessons about gender and sexual diversity?',
          },
          deeper: [
            {
              nl: 'Gaat het daarin ook over wensen en grenzen?',
              en: 'Do they also cover wishes and boundaries?',
            },
            {
              nl: 'Komen alle vormen van diversiteit aan bod, ook transgender, non-binair en aseksueel?',
              en: 'Do all kinds of diversity come up, including transgender, non-binary and asexual?',
            },
            { nl: 'Wat zou je aan die lessen veranderen?', en: 'What would you change about those lessons?' },
          ],
        },
        {
          id: 'q8',
          text: {
            nl: 'Praten leerlingen mee over het veiligheidsbeleid van de school?',
            en: "Do students have a say in the school's safety policy?",
          },
          deeper: [
            {
              nl: 'Is er een GSA, en steunt de school die?',
              en: 'Is there a GSA, and does the school support it?',
            },
            {
              nl: 'Weten mentoren en vertrouwenspersonen genoeg om lhbti+-leerlingen goed te helpen?',
              en: 'Do mentors and confidants know enough to help LGBTI+ students well?',
            },
          ],
        },
      ],
    },
    {
      id: 'round2',
      kind: 'round',
      title: { nl: 'Ronde 2 – Docenten vragen door', en: 'Round 2 – Teachers ask' },
      minutes: 30,
      seating: 'faceToFace',
      inner: 'voices',
      speakers: 'listeners',
      listeners: 'nobody',
      instructions: {
        nl: 'Docenten en leerlingen zitten tegenover elkaar. Docenten stellen verhelderende vragen over wat ze hebben gehoord; leerlingen antwoorden.',
        en: 'Teachers and students sit facing each other. Teachers ask clarifying questions about what they heard; students answer.',
      },
      listenerNote: {
        nl: 'Stel alleen vragen om iets beter te begrijpen. Geef geen mening, en stel nooit persoonlijke vragen.',
        en: 'Only ask questions to understand something better. Give no opinion, and never ask personal questions.',
      },
      facilitatorNotes: {
        nl: 'Geef docenten om beurten het woord. Grijp in bij een persoonlijke vraag of een mening.',
        en: 'Give teachers the floor in turn. Step in at a personal question or an opinion.',
      },
      questions: [
        {
          id: 'q1',
          text: { nl: 'Voorbeelden van verhelderende vragen', en: 'Examples of clarifying questions' },
          deeper: [
            { nl: 'Wat bedoelde je precies met …?', en: 'What exactly did you mean by …?' },
            { nl: 'Begrijp ik goed dat …?', en: 'Do I understand correctly that …?' },
            { nl: 'Hoe lang speelt dit al?', en: 'How long has this been going on?' },
            { nl: 'Wat gebeurde er toen?', en: 'What happened then?' },
          ],
        },
      ],
    },
    {
      id: 'round3',
      kind: 'round',
      title: { nl: 'Ronde 3 – Docenten praten', en: 'Round 3 – Teachers talk' },
      minutes: 45,
      seating: 'innerOuter',
      inner: 'listeners',
      speakers: 'listeners',
      listeners: 'voices',
      instructions: {
        nl: 'Nu zitten de docenten in de binnenkring en praten over wat ze hebben gehoord. Leerlingen zitten in de buitenkring en luisteren alleen.',
        en: 'Now the teachers sit in the inner circle and talk about what they heard. Students sit in the outer circle and only listen.',
      },
      listenerNote: {
        nl: 'Je luistert alleen. Let op wat docenten meenemen uit jullie verhalen.',
        en: 'You only listen. Notice what teachers take from your stories.',
      },
      questions: [
        {
          id: 'q1',
          text: {
            nl: 'Wat heeft de meeste indruk op je gemaakt?',
            en: 'What made the biggest impression on you?',
          },
          deeper: [],
        },
        {
          id: 'q2',
          text: { nl: 'Wat viel je op? Wist je dit al?', en: 'What stood out? Did you know this already?' },
          deeper: [],
        },
        {
          id: 'q3',
          text: {
            nl: 'Wat doet het met je om dit te horen, als docent en als mens?',
            en: 'What does hearing this do to you, as a teacher and as a person?',
          },
          deeper: [],
        },
        {
          id: 'q4',
          text: {
            nl: 'Wat zegt dit over de sociale veiligheid op onze school?',
            en: 'What does this say about social safety at this school?',
          },
          deeper: [],
        },
      ],
    },
    {
      id: 'round4',
      kind: 'round',
      title: { nl: 'Ronde 4 – Aanbevelingen in groepjes', en: 'Round 4 – Recommendations in groups' },
      minutes: 30,
      seating: 'groups',
      speakers: 'everyone',
      listeners: 'nobody',
      instructions: {
        nl: 'Je zit in een gemengd groepje van 3 of 4. Schrijf samen aanbevelingen op: wat moet er gebeuren zodat iedereen zich hier veiliger voelt?',
        en: 'You sit in a mixed group of 3 or 4. Write recommendations together: what should happen so that everyone feels safer here?',
      },
      facilitatorNotes: {
        nl: 'Deel de groepjes in en deel post-its uit. Vraag om aanbevelingen voor leerlingen, docenten, de schoolleiding, visie en beleid, en communicatie.',
        en: 'Draw the groups and hand out post-its. Ask for recommendations for students, teachers, school leadership, vision and policy, and communication.',
      },
      questions: [
        {
          id: 'q1',
          text: {
            nl: 'Wat raad je aan om de sociale veiligheid hier te vergroten?',
            en: 'What do you recommend to make this school socially safer?',
          },
          deeper: [
            {
              nl: 'Voor leerlingen, de GSA en de leerlingenraad',
              en: 'For students, the GSA and the student council',
            },
            { nl: 'Voor docenten', en: 'For teachers' },
            { nl: 'Voor de schoolleiding', en: 'For school leadership' },
            { nl: 'Voor visie en beleid', en: 'For vision and policy' },
            {
              nl: 'Voor communicatie binnen en buiten de school, ook naar ouders',
              en: 'For communication inside and outside school, also to parents',
            },
          ],
        },
      ],
    },
    {
      id: 'round5',
      kind: 'round',
      title: { nl: 'Ronde 5 – Van aanbeveling naar actie', en: 'Round 5 – From recommendation to action' },
      minutes: 15,
      seating: 'plenary',
      speakers: 'everyone',
      listeners: 'nobody',
      instructions: {
        nl: 'We bekijken alle aanbevelingen samen, zoeken wat bij elkaar hoort, kiezen wat eerst moet en spreken af wie wat oppakt.',
        en: 'We look at all recommendations together, find what belongs together, choose what comes first and agree who takes what on.',
      },
      questions: [
        {
          id: 'q1',
          text: { nl: 'Wat valt op? Wat hoort bij elkaar?', en: 'What stands out? What belongs together?' },
          deeper: [],
        },
        {
          id: 'q2',
          text: { nl: 'Wat moet als eerste gebeuren?', en: 'What should happen first?' },
          deeper: [],
        },
        {
          id: 'q3',
          text: {
            nl: 'Wie neemt de leiding, en wie houdt iedereen op de hoogte?',
            en: 'Who takes the lead, and who keeps everyone informed?',
          },
          deeper: [],
        },
      ],
    },
    {
      id: 'closing',
      kind: 'closing',
      title: { nl: 'Afsluiting', en: 'Closing' },
      minutes: 5,
      seating: 'plenary',
      speakers: 'everyone',
      listeners: 'nobody',
      instructions: {
        nl: 'We kijken samen terug: hoe ging het, voelde het veilig, en heeft iemand nu iets nodig? Dank je wel voor je openheid.',
        en: 'We look back together: how did it go, did it feel safe, and does anyone need anything now? Thank you for your openness.',
      },
      questions: [
        { id: 'q1', text: { nl: 'Hoe ging het gesprek?', en: 'How did the conversation go?' }, deeper: [] },
        {
          id: 'q2',
          text: {
            nl: 'Voelde het veilig genoeg om open te praten?',
            en: 'Did it feel safe enough to speak openly?',
          },
          deeper: [],
        },
        {
          id: 'q3',
          text: {
            nl: 'Heeft iemand nu iets nodig, zoals een gesprek achteraf?',
            en: 'Does anyone need something now, like a talk afterwards?',
          },
          deeper: [],
        },
      ],
    },
  ],
};

import { describe, expect, it } from 'vitest';
import { markdownText, type ReportFacts, reportBlocks, toMarkdown } from './reportDocument.ts';

const facts: ReportFacts = {
  title: 'Spiegelgesprek 3 havo',
  templateName: 'Spiegelgesprek over gender en diversiteit',
  schoolName: 'Het Baken',
  date: '2026-12-03T13:30',
  participants: [
    { side: 'voices', label: 'Leerlingen', count: 12 },
    { side: 'listeners', label: 'Docenten', count: '<5' },
  ],
  recommendations: [{ target: 'teachers', texts: ['<script>alert(1)</script>', '# geen kop'] }],
  clusters: [{ title: 'Pesten', rank: 1, votes: 7, recommendations: ['Pesten sneller aanpakken'] }],
  actions: [
    {
      what: 'Afspraken in de mentorles',
      target: 'teachers',
      owner: 'Petra Mentor',
      dueDate: '2027-01-15',
      status: 'inProgress',
      overdue: true,
    },
  ],
  followUp: { leadName: 'Petra Mentor', contactPersonName: null },
  speaking: [
    {
      title: { nl: 'Ronde 1: hoe voel je je hier?', en: 'Round 1: how do you feel here?' },
      listenOnly: 'listeners',
      voices: { percent: 88, seats: 12, seatsSpoke: 9 },
      listeners: { percent: null, seats: '<5', seatsSpoke: '<5' },
      deviations: 2,
    },
  ],
  evaluation: {
    final: true,
    answered: '<5',
    questions: {
      howItWent: { 1: '<5', 2: '<5', 3: '<5', 4: '<5', 5: '<5' },
      feltSafe: { yes: '<5', mostly: '<5', no: '<5' },
      rulesKept: { yes: '<5', mostly: '<5', no: '<5' },
      facilitation: { 1: '<5', 2: '<5', 3: '<5', 4: '<5', 5: '<5' },
      joinAgain: { yes: '<5', maybe: '<5', no: '<5' },
    },
    improvements: [],
    aftercareRequests: '<5',
  },
};

describe('the report document', () => {
  it('has every part in order, in Dutch', () => {
    const md = toMarkdown(reportBlocks(facts, 'nl'));
    const order = [
      '# Spiegelgesprek 3 havo',
      '## Wie deden er mee',
      '## Aanbevelingen',
      '## Clusters',
      '## Actieplan',
      '## Spreektijd',
      '## Evaluatie',
    ];
    const positions = order.map((heading) => md.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('3 december 2026');
    expect(md).toContain('Docenten: <5');
    expect(md).toContain('Stand: Bezig (Over tijd)');
    expect(md).toContain('Aanspreekpunt: geen');
  });

  it('shows speaking time per round as shares per side, with no time and no seat', () => {
    const md = toMarkdown(reportBlocks(facts, 'nl'));
    expect(md).toContain('### Ronde 1: hoe voel je je hier?');
    expect(md).toContain('- Leerlingen: 88% van de spreektijd · 9 van 12 plekken kwamen aan het woord');
    expect(md).toContain(
      '- Docenten: aandeel niet getoond (aan een kant spraken één tot vier mensen) · <5 van <5 plekken kwamen aan het woord',
    );
    expect(md).toContain('Docenten spraken 2 keer in een ronde waarin zij alleen luisterden.');
    expect(md).not.toMatch(/\d+:\d\d|minuten|seconden/);
    expect(toMarkdown(reportBlocks(facts, 'en'))).toContain('### Round 1: how do you feel here?');
  });

  it('leaves speaking time out when nobody tracked it', () => {
    expect(toMarkdown(reportBlocks({ ...facts, speaking: [] }, 'nl'))).not.toContain('Spreektijd');
  });

  it('speaks English for an English reader', () => {
    const md = toMarkdown(reportBlocks(facts, 'en'));
    expect(md).toContain('## Action plan');
    expect(md).toContain('3 December 2026');
  });

  it('keeps user text as text: no HTML, no headings, no links from a post-it', () => {
    const md = toMarkdown(reportBlocks(facts, 'nl'));
    expect(md).not.toMatch(/(^|[^\\])<script>/m);
    expect(md).toContain('- \\<script>alert(1)\\</script>');
    expect(md).toContain('- \\# geen kop');
    expect(markdownText('[klik](http://x)')).toBe('\\[klik\\](http://x)');
    expect(markdownText('**vet** en _schuin_')).toBe('\\*\\*vet\\*\\* en \\_schuin\\_');
    expect(markdownText('1. lijst\nnieuwe regel')).toBe('1\\. lijst nieuwe regel');
  });
});

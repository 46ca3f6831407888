import { describe, expect, it } from 'vitest';
import { markdownText, type ReportFacts, reportBlocks, toMarkdown } from './reportDocument.ts';

const facts: ReportFacts = {
  title: 'Spiegelgesprek 3 havo',
  templateName: 'Spiegelgesprek over gender en diversiteit',
  schoolName: 'Het Baken',
  date: '2026-12-03T13:30',
  participants: [
    { label: 'Leerlingen', count: 12 },
    { label: 'Docenten', count: '<5' },
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

import { describe, expect, it } from 'vitest';
import { answersPart, partsToCover } from '../../server/ask/complete.js';
import { defaultAnalyzer } from '../../server/index/analyzers.js';
import { grid } from './understand/read-question.js';

// CheckList for the coverage check of a question's parts (the answer must never say "de bronnen geven geen antwoord
// op …" about a part its own sentences answer): a part counts as answered when one of the answer's sentences speaks
// of its topic, also in a derived form the analyser stems alike ("inschrijven" / "inschrijving", "beslissen" /
// "beslissing", "deelnemen" / "deelnemers"), and carries what the part asks (an actor, a deadline).

const analyzer = defaultAnalyzer();
const analyze = (t: string) => analyzer.analyze(t);

const CASES = [
  ['Wie moet hem inschrijven?', 'De ouders zijn verantwoordelijk voor de inschrijving van het kind op een school.'],
  ['Wie beslist over de aanvraag?', 'De beslissing over de aanvraag ligt bij de directeur.'],
  ['Wie neemt deel aan het overleg? En wie moet deelnemen aan het gesprek?', 'Deelnemers aan het gesprek zijn de ouders, de mentor en de leerplichtambtenaar.'],
  ['Binnen welke termijn moet de directeur beslissen?', 'De directeur neemt een beslissing binnen 8 weken na de aanvraag.'],
] as const;

const FRAMES = [(q: string) => q, (q: string) => `Mijn dochter is 9. Mag ze mee naar een bruiloft, en ${q.charAt(0).toLowerCase()}${q.slice(1)}`];

describe('a part answered in the answer\'s own sentences counts as answered', () => {
  it.each(grid([0, 1, 2, 3], [0, 1]))('case %i, frame %i', (c, f) => {
    const [q, sentence] = CASES[c]!;
    const parts = partsToCover(FRAMES[f]!(q), analyze);
    const last = parts.at(-1)!;
    expect(answersPart(last, [sentence], analyze), `${last.part.text} / ${sentence}`).toBe(true);
  });

  it('direction: a sentence without the actor does not answer a who-part, whatever its words', () => {
    const [p] = partsToCover('Wie moet hem inschrijven?', analyze);
    expect(answersPart(p!, ['De inschrijving gebeurt in de eerste week van het schooljaar.'], analyze)).toBe(false);
  });

  it('direction: a sentence on another word with the same first letters does not answer', () => {
    const [p] = partsToCover('Wie bepaalt het aantal dagen?', analyze);
    expect(answersPart(p!, ['De directeur kijkt naar dagelijkse aanwezigheid.'], analyze)).toBe(false);
  });
});

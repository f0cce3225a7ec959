import { describe, expect, it } from 'vitest';
import { namesRole, ordinaryWords } from '../../server/ask/compose.js';
import { normalize } from '../../server/retrieve/analysis.js';

// CheckList for the words the partial-answer hedge ("Over „X” vind ik niets in de bronnen") may name. A role around
// the pupil, also as a compound the list does not spell out, says who asks or acts, not what is asked; greetings
// and adverbs only build the message. Words that carry a topic stay nameable (knowledge/gewone-woorden.yaml).

describe('roles are recognised by their head, also in compounds not listed', () => {
  it.each(['mentor', 'zorgcoördinator', 'zorgcoordinator', 'verzuimcoördinatoren', 'trajectbegeleider', 'jobcoach', 'voetbaltrainer', 'wijkagent', 'teamleider', 'afdelingsleider', 'jeugdwerker', 'schoolmaatschappelijk werker', 'IB-medewerker', 'Mentoren', 'begeleiders', 'vakdocent', 'stagiaire'])('%s', (w) => {
    expect(namesRole(w.split(/[\s-]/).at(-1)!)).toBe(true);
  });
});

describe('direction: words that carry a topic are no role', () => {
  it.each(['zwemles', 'stage', 'conciërge', 'proeftijd', 'vakantie', 'bruiloft', 'management', 'agenda', 'begeleiding', 'leiding', 'werk', 'coachgesprek'])('%s', (w) => {
    expect(namesRole(w)).toBe(false);
    expect(ordinaryWords().has(normalize(w))).toBe(false);
  });
});

describe('greetings and adverbs only build the message', () => {
  it.each(['Goedemorgen', 'goedenavond', 'groetjes', 'eigenlijk', 'inmiddels', 'ondertussen', 'steeds', 'telkens', 'helaas', 'waarschijnlijk'])('%s', (w) => {
    expect(ordinaryWords().has(normalize(w))).toBe(true);
  });
});

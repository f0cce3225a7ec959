import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/ask/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['De school meldt het verzuim. De leerplichtambtenaar neemt contact op.', ['De school meldt het verzuim.', 'De leerplichtambtenaar neemt contact op.']],
    ['Zie art. 14 van de Leerplichtwet. Daarna volgt bezwaar.', ['Zie art. 14 van de Leerplichtwet.', 'Daarna volgt bezwaar.']],
    ['De boete is max. € 1.000 per overtreding. Dat is veel.', ['De boete is max. € 1.000 per overtreding.', 'Dat is veel.']],
    ['Wanneer meld je? Zo snel mogelijk!', ['Wanneer meld je?', 'Zo snel mogelijk!']],
    ['Stappen:\n- bel de ouders\n- meld bij DUO', ['Stappen:', '- bel de ouders', '- meld bij DUO']],
    ['Een regel die\ndoorloopt op de volgende regel.', ['Een regel die\ndoorloopt op de volgende regel.']],
    ['Dit geldt o.a. voor het vo. En ook voor het mbo.', ['Dit geldt o.a. voor het vo.', 'En ook voor het mbo.']],
  ])('%s', (text, expected) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

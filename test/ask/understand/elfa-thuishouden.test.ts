import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';

// Art. 11a: a child of 5 kept home part of the week. The separable verb also stands inverted or with the subject
// first ("houden we haar thuis", "blijft op vrijdag thuis"); r18 read such a week as ongeoorloofd verzuim.
const TODAY = '2026-12-03';
const soort = (q: string) => understand(q, { today: TODAY }).verlof.soort;

describe('a young child kept home part of the week is the art. 11a arrangement', () => {
  it.each([
    'Onze dochter is 5. Op woensdagochtend houden we haar thuis omdat ze moe is. Mag dat?',
    'Mijn zoon van 5 blijft op vrijdag thuis, hij is dan te moe. Mag dat?',
    'Onze kleuter van 5: de vrijdagmiddag houden wij hem thuis. Mag dat zomaar?',
    'Mijn dochter (5) blijft elke woensdag thuis. Is dat toegestaan?',
  ])('minimum functionality and invariance over word order: %s', (q) => expect(soort(q)).toBe('jonger-dan-6'));
  it.each(['Onze zoon van 9 houden we op vrijdag thuis. Mag dat?', 'Hij is 12 en blijft op vrijdag thuis. Mag dat?'])(
    'direction: from 6 it is no art. 11a case: %s',
    (q) => expect(soort(q)).not.toBe('jonger-dan-6'),
  );
});

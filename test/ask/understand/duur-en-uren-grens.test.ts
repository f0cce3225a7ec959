import { describe, expect, it } from 'vitest';
import { read } from './read-question.js';

// Class 3: leave asked in weeks or months is school days (a week 5, a month at least 20), so more than 10 days
// routes art. 14 to the leerplichtambtenaar (art. 14 lid 3) and art. 13a to "at most 10 days" (art. 13a lid 2).
describe('durations in weeks and months', () => {
  it.each([
    ['Opa in Marokko is overleden; de familie wil vier weken naar de begrafenis. Wie beslist over dit verlof?', 20],
    ['Mijn zus trouwt in Suriname. We willen een maand weg. Mag de directeur dat geven?', 20],
    ['Oma is ernstig ziek in Turkije; we willen drie weken bij haar zijn. Wie beslist?', 15],
    ['Mijn oom trouwt in Marokko; we willen twee maanden weg. Wie beslist?', 40],
  ])('art. 14: %s → %i days, the leerplichtambtenaar', (q, dagen) => {
    const r = read(q);
    expect(r.facts.dagen, q).toBe(dagen);
    expect(r.decision, q).toMatchObject({ beslisser: 'leerplichtambtenaar' });
  });
  it.each([
    ['Vader werkt in de bollenteelt en heeft een werkgeversverklaring. Ze willen drie weken vakantieverlof in maart. Mag dat?', 15],
    ['Moeder heeft een camping en een werkgeversverklaring. We willen een maand op vakantie in februari. Mag dat?', 20],
  ])('art. 13a: %s → %i days, nobody can grant more than 10', (q, dagen) => {
    const r = read(q);
    expect(r.facts.dagen, q).toBe(dagen);
    expect(r.decision, q).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });
  it('two weeks is exactly 10 days: the directeur can grant it', () => {
    const r = read('Seizoenswerk van vader, werkgeversverklaring aanwezig, eerste aanvraag dit schooljaar. We willen twee weken in mei weg. Mag dat?');
    expect(r.facts.dagen).toBe(10);
    expect(r.decision).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
  });
});

// Class 4: art. 21a counts to 16 hours in 4 lesweken; fractions of an hour are kept, never rounded up over 16.
describe('hours with quarters and minutes at the 16-hour boundary', () => {
  it.each([
    ['14,75 uur', 14.75],
    ['15 uur en 45 minuten', 15.75],
    ['15 uur en drie kwartier', 15.75],
    ['15 uur en een kwartier', 15.25],
  ])('%s → %s hours, no verplichte melding', (uren, waarde) => {
    const q = `Een leerling van 14 heeft in 4 lesweken ${uren} ongeoorloofd verzuimd. Moet ik melden bij DUO?`;
    const r = read(q);
    expect(r.facts.ongeoorloofdeUren, q).toBe(waarde);
    expect(r.decision, q).toMatchObject({ type: 'melding' });
    expect((r.decision as { melding?: string }).melding, q).not.toBe('16-uur-in-4-weken');
  });
  it('16 hours exactly is reached (≥ 16): verplicht', () => {
    const r = read('Een leerling van 14 heeft in 4 lesweken 16 uur ongeoorloofd verzuimd. Moet ik melden bij DUO?');
    expect((r.decision as { melding?: string }).melding).toBe('16-uur-in-4-weken');
  });
  it('a new period after an earlier melding with 17 hours is again a verplichte melding (facts VZ-16-02)', () => {
    const r = read('Vorige maand hebben we een 16-uursmelding gedaan. Nu heeft dezelfde leerling (14) in de 4 lesweken daarna weer 17 uur ongeoorloofd gemist. Moet ik opnieuw melden?');
    expect((r.decision as { melding?: string }).melding).toBe('16-uur-in-4-weken');
  });
  it('a recurring absence (two lessons a week for eight weeks) is counted per 4-lesweek window, not as langdurig relatief verzuim', () => {
    const r = read('Een leerling van 13 spijbelt al acht weken elke week twee lessen (van 50 minuten). Welke melding moet ik doen?');
    const melding = (r.decision as { melding?: string }).melding;
    expect(melding).not.toBe('16-uur-in-4-weken');
    expect(melding ?? '').not.toMatch(/langdurig/);
  });
});

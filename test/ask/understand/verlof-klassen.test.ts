import { describe, expect, it } from 'vitest';
import { grid, rank, read } from './read-question.js';

// Verlof questions by failure class (issue 10), CheckList style (Ribeiro et al., ACL 2020): templates × surface
// forms for minimum functionality, invariance (destination, wording, asker) and direction (a later notice, more days
// or an earlier leave never makes a refusal an approval). Each test reads the question the whole way: understand →
// rules → the first sentence of the answer (without retrieval).

describe('class 1: vakantieverlof for a seasonal occupation (art. 13a)', () => {
  const beroepen = ['Vader werkt in de horeca', 'Wij hebben een camping', 'Moeder is bollenteler', 'De ouders runnen een strandtent', 'Vader is boer en moet in de zomer oogsten', 'Het gezin heeft een kermisbedrijf', 'Moeder werkt in het toerisme', 'De ouders hebben een hotel aan zee'];
  const langer = ['3 weken', 'drie weken', '15 schooldagen', '12 dagen', 'meer dan 10 dagen'];
  const bestemming = ['', ' naar Thailand', ' naar Spanje', ' naar Turkije', ' in Nederland'];

  it.each(grid(beroepen, langer, bestemming).filter((_, i) => i % 3 === 0))('%s, %s%s: more than 10 days → nobody may grant it, and "Nee"', (beroep, duur, waar) => {
    const q = `${beroep} en kan in de zomer niet weg. Mag de directeur ${duur} vakantieverlof geven${waar ? ` voor een reis${waar}` : ''}?`;
    const r = read(q);
    expect(r.decision, q).toMatchObject({ type: 'verlof', toegestaan: false, beslisser: 'niemand' });
    expect(r.lead, q).toMatch(/^Nee\b/);
  });

  const eersteWeken = [
    'in de eerste twee weken van het schooljaar',
    'de eerste 2 lesweken van het nieuwe schooljaar',
    'de eerste schoolweken na de zomervakantie',
    'meteen na de grote vakantie',
    'direct na de zomervakantie',
    'in de week na de zomervakantie',
    'in de eerste week van het schooljaar',
    'aan het begin van het schooljaar',
    'door de zomervakantie met een week te verlengen',
  ];
  it.each(grid(eersteWeken, beroepen.slice(0, 4)))('"%s" (%s): not in the first two lesweken, whatever the wording', (wanneer, beroep) => {
    const q = `${beroep}. Ze willen ${wanneer} een week op vakantie. Mag dat?`;
    const r = read(q);
    expect(r.facts.inEersteTweeLesweken, q).toBe(true);
    expect(r.decision, q).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });

  it.each(['de derde week na de zomervakantie', 'drie weken na de zomervakantie', 'in maart', 'eind mei'])('"%s" is not the first two lesweken', (wanneer) => {
    const r = read(`Vader werkt in de horeca. Ze willen ${wanneer} een week op vakantie. Mag dat?`);
    expect(r.facts.inEersteTweeLesweken).toBe(false);
  });

  it('"eerste" that is not a time in the school year says nothing about the first lesweken', () => {
    expect(read('Moeder werkt in het toerisme. Het is hun eerste aanvraag dit schooljaar, 8 dagen in maart. Mag ik dat toekennen?').facts.inEersteTweeLesweken).toBe(false);
    expect(read('Vader is boer. Dit is de eerste aanvraag na de zomervakantie: 5 dagen in april. Mag dat?').facts.inEersteTweeLesweken).toBe(false);
  });

  it('a fair family asking for a holiday asks vakantieverlof, not the art. 5a exemption; travelling with the fair stays art. 5a', () => {
    expect(read('Ouders met een kermisbedrijf willen 5 dagen op vakantie in november. Mag dat?').facts.soort).toBe('vakantie-beroep');
    expect(read('Het gezin reist met de kermis mee van maart tot oktober. Moet hun zoon ingeschreven staan?').facts.soort).toBe('trekkend-bestaan');
  });

  it('direction: more days, or leave already had this school year, never turns a refusal into an approval', () => {
    const base = 'Moeder werkt in het toerisme en heeft een werkgeversverklaring dat ze in geen enkele schoolvakantie weg kan. Het is hun eerste aanvraag dit schooljaar.';
    let last = 2;
    for (const dagen of [5, 8, 10, 11, 12, 15, 20]) {
      const r = rank(read(`${base} Ze vragen ${dagen} dagen vakantieverlof in maart. Mag ik dat toekennen?`).decision);
      expect(r, `${dagen} dagen`).toBeLessThanOrEqual(last);
      last = r;
    }
    const again = read('Moeder werkt in het toerisme. We kregen in oktober al vakantieverlof. Mogen we in mei nog 5 dagen vakantieverlof?');
    expect(again.decision).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });

  it('a premise that the leerplichtambtenaar may add days is corrected with "Nee"', () => {
    for (const q of [
      'Mijn collega denkt dat vakantieverlof in de eerste schoolweek mag als ouders een camping hebben. Klopt dat?',
      'Is het toegestaan om als directeur 11 dagen vakantieverlof te geven aan een boerengezin?',
      'Mijn collega zegt dat de leerplichtambtenaar vakantieverlof boven de 10 dagen mag geven als vader in de horeca werkt. Klopt dat?',
      'Vakantieverlof aangevraagd voor 14 dagen, vader is fruitteler. Kan de lpa de dagen boven de 10 geven?',
      'Klopt het dat de directeur 15 dagen vakantieverlof mag geven als de ouders een werkgeversverklaring hebben?',
    ]) {
      const r = read(q);
      expect(r.decision, q).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
      expect(r.lead, q).toMatch(/^Nee\b/);
    }
  });
});

describe('class 2: gewichtige omstandigheden (art. 14)', () => {
  const familie = ['Opa', 'Oma', 'De oom van de leerling', 'De tante van mijn zoon', 'Mijn moeder', 'De opa van een leerling'];
  const ziek = ['ligt op sterven', 'is ernstig ziek', 'is terminaal ziek', 'is heel erg ziek', 'is zwaar ziek en ligt in het ziekenhuis', 'gaat misschien dood'];
  const waar = [' in Marokko', ' in Turkije', '', ' in Suriname'];

  it.each(grid(familie, ziek, waar).filter((_, i) => i % 4 === 0))('%s %s%s, 5 days → the directeur decides (afhankelijk)', (wie, hoe, plaats) => {
    const q = `${wie} ${hoe}${plaats}. De ouders vragen 5 dagen verlof. Wie beslist?`;
    const r = read(q);
    expect(r.decision, q).toMatchObject({ type: 'verlof', toegestaan: 'afhankelijk', beslisser: 'directeur' });
  });

  it.each(grid(familie, ziek, waar).filter((_, i) => i % 4 === 1))('%s %s%s, 3 weeks → the leerplichtambtenaar decides', (wie, hoe, plaats) => {
    const q = `${wie} ${hoe}${plaats}. Ze willen 3 weken naar hem of haar toe. Mag dat?`;
    const r = read(q);
    expect(r.decision, q).toMatchObject({ type: 'verlof', toegestaan: 'afhankelijk', beslisser: 'leerplichtambtenaar' });
  });

  it('the pupil\'s own illness is no gewichtige omstandigheid', () => {
    expect(read('Onze dochter is erg ziek, mag ze thuisblijven?').facts.omstandigheid).toBeUndefined();
  });

  it.each([
    'De directeur verleende 15 dagen verlof op grond van art. 14 voor de ernstig zieke oma. Klopt dat?',
    'Mag de directeur zelf 12 dagen verlof geven omdat de opa van de leerling terminaal ziek is?',
    'Conceptbesluit: de directeur kent 14 dagen verlof toe voor de ernstig zieke tante in Ghana. Kan dat zo?',
  ])('a quoted decision by the wrong person is corrected: %s', (q) => {
    const r = read(q);
    expect(r.decision).toMatchObject({ toegestaan: 'afhankelijk', beslisser: 'leerplichtambtenaar' });
    expect(r.lead).toMatch(/^Nee\b.*leerplichtambtenaar.*beslist hierover, niet de directeur/);
  });

  it.each([
    ['Onze directeur heeft 20 dagen verlof gegeven omdat opa op sterven ligt. Mag dat?', 20],
    ['De school gaf 3 weken verlof voor de ernstig zieke oma in Marokko. Klopt dat?', 15],
  ])('a decision told and asked about is the leave asked, not earlier leave: %s', (q, dagen) => {
    const r = read(q);
    expect(r.facts.dagen).toBe(dagen);
    expect(r.facts.eerderVerlofDagen).toBeUndefined();
    expect(r.decision).toMatchObject({ beslisser: 'leerplichtambtenaar' });
    expect(r.lead).toMatch(/^Nee\b/);
  });

  it('"wie moet ik vragen?" about a relative\'s illness asks who decides', () => {
    const r = read('Mijn oma is heel ziek in Pakistan. Dokter zegt niet lang meer. Wij willen 4 weken gaan. Wie moet ik vragen?');
    expect(r.decision).toMatchObject({ toegestaan: 'afhankelijk', beslisser: 'leerplichtambtenaar' });
  });

  it.each([
    'De ouders willen dat hun zoon twee weken meehelpt op de boerderij tijdens de oogst. Mag hij vrij?',
    'Ouders hebben een bakkerij en willen dat hun zoon 3 dagen helpt in de zaak. Kan ik verlof geven?',
    'Het gezin wil dat de kinderen een week helpen met de oogst op de boerderij van opa. Is dat een gewichtige omstandigheid?',
    'De tickets naar Marokko zijn in de week voor de meivakantie veel goedkoper. Mogen de kinderen die week vrij?',
    'Kan de directeur verlof geven omdat de vliegtickets buiten het hoogseizoen de helft goedkoper zijn?',
    'Ouders willen de kerstvakantie een week verlengen. Mag dat?',
    'Mogen de kinderen een dag vrij voor Sinterklaas?',
  ])('not gewichtig: %s', (q) => {
    const r = read(q);
    expect(r.decision, q).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });

  it('direction: more days never takes the decision from the leerplichtambtenaar back to the directeur', () => {
    let lpa = false;
    for (const dagen of [2, 5, 10, 11, 15, 20]) {
      const d = read(`Oma ligt op sterven in Marokko. De ouders vragen ${dagen} dagen verlof. Wie beslist?`).decision;
      if (lpa) expect(d?.beslisser, `${dagen}`).toBe('leerplichtambtenaar');
      lpa ||= d?.beslisser === 'leerplichtambtenaar';
    }
    expect(lpa).toBe(true);
  });
});

describe('class 3: a religious duty (art. 11 onder e, art. 13)', () => {
  const feest = ['het Suikerfeest', 'het Offerfeest', 'Divali', 'Pasen', 'Jom Kipoer'];
  const melding: Array<[string, number]> = [
    ['de dag ervoor', 1],
    ['de avond van tevoren', 1],
    ['op de dag zelf', 0],
    ['twee dagen van tevoren', 2],
    ['drie dagen van tevoren', 3],
    ['een week van tevoren', 7],
  ];
  it.each(grid(feest, melding))('%s, gemeld %s', (f, [wanneer, dagen]) => {
    const q = `De ouders hebben ${f} ${wanneer} gemeld bij de directeur. Is dat op tijd?`;
    const r = read(q);
    expect(r.facts.dagenVooraf, q).toBe(dagen);
    // Lpw art. 13: the claim can only be made with notice at least two days before; later, no claim (was: afhankelijk/directeur).
    expect(r.decision, q).toMatchObject(dagen >= 2 ? { toegestaan: true, beslisser: 'niemand' } : { toegestaan: false, beslisser: 'niemand' });
  });

  it('direction: an earlier notice is never worse', () => {
    const ranks = melding.map(([wanneer, dagen]) => [dagen, rank(read(`Vader heeft het Suikerfeest ${wanneer} gemeld. Is de afwezigheid geoorloofd?`).decision)] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]![1]).toBeGreaterThanOrEqual(ranks[i - 1]![1]);
  });

  it.each(['carnaval', 'Sinterklaas', 'Koningsdag'])('%s is no religious duty', (f) => {
    const r = read(`Ouders vragen een dag vrij voor ${f}. Is dat een religieuze plicht?`);
    expect(r.facts.soort).not.toBe('religieus');
    expect(r.decision).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });
});

describe('class 4: 18 and older, bbl', () => {
  it.each(grid([18, 19, 21], ['3 dagen vrij voor een bruiloft in Marokko', 'een week op vakantie buiten de schoolvakanties', '12 dagen verlof omdat oma ernstig ziek is']))('a student of %i asking %s: the Leerplichtwet has no leave to grant', (leeftijd, wat) => {
    const r = read(`Een student van ${leeftijd} op het mbo wil ${wat}. Moet hij verlof aanvragen bij de directeur?`);
    expect(r.decision).toMatchObject({ type: 'verlof', toegestaan: 'afhankelijk', beslisser: 'niemand' });
    expect(r.lead).toMatch(/Leerplichtwet gelden niet/);
  });

  it('a bbl student of 17 gets vakantieverlof pro rata his lesdagen', () => {
    const r = read('Bbl-student van 17, geen startkwalificatie, 1 lesdag per week. Ouders hebben een camping en vragen 5 dagen vakantieverlof. Mag dat?');
    expect(r.decision).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });
});

describe('class 5: what is asked, independent of the facts in it', () => {
  it.each([
    'Wij gaan verhuizen naar Spanje. Moeten we onze dochter uitschrijven bij school?',
    'We verhuizen volgende maand naar Duitsland, kan ik mijn zoon dan uitschrijven?',
    'Mag een school een leerling van 14 voor drie dagen schorsen?',
    'Hoe lang mag een school een leerling schorsen?',
    'Wat gebeurt er met de leerplicht als een leerling geschorst is?',
    'Wat is een vrijstelling op grond van artikel 5 onder a?',
    'Wat is het verschil tussen vrijstelling 5a en 5b?',
    'Hoeveel dagen mag een directeur maximaal verlof geven?',
    'Wat is vrijstelling 5 onder c precies?',
    'Een leerling is voor 2 dagen geschorst. Moeten we dat bij de inspectie melden?',
    'Ouders gaan verhuizen naar Groningen. Hoe moeten we de leerling uitschrijven?',
  ])('no rules decision for: %s', (q) => {
    expect(read(q).decision).toBeUndefined();
  });

  it('an exemption asked for a described child is decided: a treating psychologist is not enough (art. 7)', () => {
    const r = read('Onze zoon van 6 kan door zijn autisme niet naar school; de psycholoog die hem behandelt heeft een verklaring geschreven. Geldt vrijstelling 5a dan?');
    expect(r.decision).toMatchObject({ type: 'vrijstelling', toegestaan: false });
  });
});

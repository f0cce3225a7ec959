// Held-out wordings for issue 10 (vocabulary as data, intents independent of facts, routing), written BEFORE the
// code changes they measure. Each names the failure class and what a legally right reading must (not) do.
// Measured before and after by routing-heldout.test.ts; never tuned to after the change.

export interface HeldOut {
  cls: 1 | 2 | 3 | 4 | 5 | 6;
  q: string;
  /** soortVerzuim must not be this (an excused kind where the law gives no excuse). */
  notVerzuim?: string[];
  /** soortVerzuim must be this. */
  verzuim?: string;
  /** verlof.soort must not be one of these. */
  notSoort?: string[];
  /** intents must not contain these. */
  notIntent?: string[];
  /** no rules decision at all (general knowledge). */
  noDecision?: boolean;
  /** the rules may not allow it (toegestaan true). */
  notAllowed?: boolean;
  /** A known gap, still measured: the test fails when it starts passing, so the case moves up. */
  open?: true;
}

export const HELD_OUT: HeldOut[] = [
  // 1. kind of absence
  { cls: 1, q: 'Een leerling van 13 kwam maandag niet op school omdat de schoolbus niet reed. Telt dat als geoorloofd verzuim?', notVerzuim: ['ziek', 'verlof', 'religieus'], verzuim: 'ongeoorloofd' },
  { cls: 1, q: 'Onze auto was kapot dus mijn dochter (9) heeft twee dagen school gemist. Is dat erg?', notVerzuim: ['ziek', 'verlof', 'religieus'], verzuim: 'ongeoorloofd' },
  { cls: 1, q: 'Hij had geen vervoer naar school en bleef daarom drie dagen thuis, hij is 15. Moeten we dit melden?', notVerzuim: ['ziek', 'verlof'], verzuim: 'ongeoorloofd' },
  { cls: 1, q: 'Leerling 4 vmbo (16) miste de ochtend door een afspraak bij de orthodontist; de moeder liet het pas achteraf weten. Is dat geoorloofd?', notVerzuim: ['ziek'] },
  { cls: 1, q: 'Een meisje van 12 ging onder schooltijd naar de tandarts zonder dat iemand het gemeld had. Hoe registreren we dat?', notVerzuim: ['ziek'] },
  { cls: 1, q: 'Ouders meldden de avond ervoor dat hun zoon (10) morgen vrij is voor het Suikerfeest. Is dat geoorloofd verzuim?', notVerzuim: ['religieus'], open: true },
  { cls: 1, q: 'Gisteravond belde vader dat zijn dochter van 8 vandaag thuisblijft voor Divali. Mag dat zomaar?', notVerzuim: ['religieus'], open: true },
  { cls: 1, q: 'Een kleuter van 5 bleef een hele week thuis omdat de ouders een weekje weg wilden. Valt dat onder de 5 uur per week?', notAllowed: true },
  // 2. business or date words are no religious feast
  { cls: 2, q: 'Vader heeft een kraam op de kerstmarkt en werkt de hele decembermaand. Mogen de kinderen in januari een week mee op vakantie?', notSoort: ['religieus'] },
  { cls: 2, q: 'Wij doen de kerstbomenverkoop en kunnen nooit in de kerstvakantie weg. Kunnen we vakantieverlof krijgen voor onze zoon van 11?', notSoort: ['religieus'] },
  { cls: 2, q: 'Moeder werkt in een paasbloemenkwekerij en in het voorjaar kan ze nooit vrij. Mag onze dochter (7) in juni 8 dagen mee op reis?', notSoort: ['religieus'] },
  { cls: 2, q: 'Wij hebben een oliebollenkraam met oud en nieuw en een paasmarkt in april. Kan onze zoon van 10 in februari extra vrij?', notSoort: ['religieus'] },
  { cls: 2, q: 'Het weekend voor Pinksteren willen we naar Frankrijk met onze twee kinderen. Krijgen ze de vrijdag vrij?', notSoort: ['religieus'] },
  // 3. travelling along on a family trip is no trekkend bestaan
  { cls: 3, q: 'Ons gezin gaat drie weken naar Indonesië en onze zoon van 10 reist mee. Hebben we verlof nodig?', notSoort: ['trekkend-bestaan'] },
  { cls: 3, q: 'Mijn man moet voor zijn werk een maand naar Canada en de kinderen (8 en 11) reizen met ons mee. Hoe zit het met school?', notSoort: ['trekkend-bestaan'] },
  { cls: 3, q: 'De dochter van 14 gaat mee met haar ouders op een rondreis door Australië van vier weken. Wie beslist daarover?', notSoort: ['trekkend-bestaan'] },
  { cls: 3, q: 'Wij varen als binnenvaartschippers door Europa en ons kind van 7 vaart mee. Geldt dan de vrijstelling voor een trekkend bestaan?', notSoort: ['trekkend-bestaan'] },
  { cls: 3, q: 'Opa neemt zijn kleinzoon van 12 mee op reis naar Suriname voor 15 schooldagen, hij reist mee met opa. Mag dat?', notSoort: ['trekkend-bestaan'] },
  // 4. a minor working in a relative's business is no art. 13a
  { cls: 4, q: 'Mag mijn zoon van 15 een week meehelpen in de bakkerij van zijn oom tijdens de drukte?', notSoort: ['vakantie-beroep'] },
  { cls: 4, q: 'Onze dochter (14) wil in de oogsttijd op de boerderij van opa en oma werken. Kunnen we daar verlof voor krijgen?', notSoort: ['vakantie-beroep'] },
  { cls: 4, q: 'Een leerling van 16 moet van zijn vader twee weken in de familiewinkel staan. Kan de directeur dat goedkeuren?', notSoort: ['vakantie-beroep'] },
  { cls: 4, q: 'Kan een jongen van 13 drie dagen vrij krijgen om zijn tante te helpen in haar restaurant?', notSoort: ['vakantie-beroep'] },
  // 5. an age in a side clause does not make a status question
  { cls: 5, q: 'Op grond van welk artikel mag de leerplichtambtenaar een proces-verbaal opmaken tegen de ouders van een jongen van 14?', notIntent: ['leerplicht'] },
  { cls: 5, q: 'Hoe vraag ik als ouder een vrijstelling aan voor mijn kind van 6 dat een ernstige beperking heeft?', notIntent: ['leerplicht'] },
  { cls: 5, q: 'Wat is het verschil tussen relatief en absoluut verzuim bij een leerling van 15?', notIntent: ['leerplicht'] },
  { cls: 5, q: 'Welke stappen zet de school bij een leerling van 12 die vaak te laat komt, volgens de wet?', notIntent: ['leerplicht'] },
  { cls: 5, q: 'Wat houdt een bestuurlijke boete in? Het gaat om de ouders van een meisje van 13.', notIntent: ['leerplicht'] },
  { cls: 5, q: 'Mag de leerplichtambtenaar bij een jongen van 15 zomaar thuis langskomen zonder afspraak?', notIntent: ['leerplicht'] },
  // 6. two children are not one case
  // Both children get the same outcome (the rules run per child): a decision is right here; no longer noDecision.
  { cls: 6, q: 'Mijn zoon van 5 en mijn dochter van 9 willen mee naar een bruiloft in Turkije, drie dagen. Krijgen ze allebei verlof?', notIntent: ['melding'] },
  { cls: 6, q: 'Ik heb twee kinderen, een van 4 jaar en een van 12. Mogen ze allebei een week eerder op vakantie?', noDecision: true },
  { cls: 6, q: 'Broer (15) heeft 20 uur gespijbeld en zijn zusje van 7 is twee dagen weggebleven. Wat moet de school melden?', noDecision: true, open: true },
];

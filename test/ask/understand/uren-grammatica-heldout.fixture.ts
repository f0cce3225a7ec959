// Held-out questions per class of amounts of absence (issue 10, u-uren), written before the capability was changed.
// Each case names the hours or weeks that must be read and the report the rules then give. Measured through
// understand → rules → first sentence (read-question.ts); never tuned one by one.

export interface UrenCase {
  klasse: 'dagen-x-lessen' | 'leslengte' | 'lijst' | 'te-laat' | 'duur-woorden';
  q: string;
  /** ongeoorloofdeUren within this closed range (exact value: [v, v]). */
  uren?: [number, number];
  /** aaneengeslotenWekenAfwezig within this closed range, or a bereik whose ends both lie in it. */
  weken?: [number, number];
  melding?: string;
  verplicht?: boolean;
  /** No decision: the rules ask (the words leave the outcome open). */
  open?: true;
}

export const urenHeldOut: UrenCase[] = [
  // ---- 1. whole weekdays or days × lessons per day ----
  { klasse: 'dagen-x-lessen', q: 'Leerling uit 3 vmbo (14) was maandag, dinsdag en donderdag de hele dag afwezig zonder reden. Hij heeft 7 lessen per dag. Moet ik dit melden?', uren: [21, 21], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'dagen-x-lessen', q: 'Onze leerling (havo 2) heeft 3 hele dagen gespijbeld. Bij ons heeft een schooldag 8 lesuren. Verplicht melden?', uren: [24, 24], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'dagen-x-lessen', q: 'Ze was ongeoorloofd afwezig op woensdag en vrijdag. Op die dagen heeft ze 6 lesuren per dag. Leerling zit in 2 mavo. Moeten we naar DUO?', uren: [12, 12], verplicht: false },
  { klasse: 'dagen-x-lessen', q: 'Mijn mentorleerling (15, vwo 3) kwam ma t/m do niet opdagen, geen bericht van de ouders. Ze heeft elke dag zes lessen van 50 minuten. Wat moet ik doen?', uren: [24, 24], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'dagen-x-lessen', q: 'Een leerling van groep 7 was twee hele dagen ongeoorloofd weg. Een schooldag duurt bij ons van 8.30 tot 14.30. Moet dit gemeld worden?', uren: [12, 12], verplicht: false },
  { klasse: 'dagen-x-lessen', q: 'hoi, leerling 2 havo heeft dinsdag woensdag en vrijdag gespijbeld. wij hebben 8 lesuren op een dag. melden of niet?', uren: [24, 24], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'dagen-x-lessen', q: 'Vorige week was hij drie dagen zonder geldige reden afwezig (1 havo, 12 jaar). Per dag volgt hij 7 lesuren. Is een melding verplicht?', uren: [21, 21], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'dagen-x-lessen', q: 'Leerling 4 vmbo-t heeft maandag en dinsdag gespijbeld. Ons rooster telt 7 lesuren per dag. Moet ik melden?', uren: [14, 14], verplicht: false },

  // ---- 2. lesson length stated apart from the count ----
  { klasse: 'leslengte', q: 'Leerling havo 4 heeft 14 blokuren gespijbeld in de afgelopen drie weken. Onze blokuren duren 70 minuten. Moet ik dit melden?', uren: [16.3, 16.4], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'leslengte', q: 'We werken met blokken van 90 minuten. Een leerling uit 3 vwo heeft de afgelopen 3 weken 11 blokken ongeoorloofd gemist. Verplicht melden?', uren: [16.5, 16.5], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'leslengte', q: 'Onze lessen duren 45 minuten. Een leerling uit 3 mavo heeft in twee weken 18 lessen gespijbeld. Melden?', uren: [18, 18], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'leslengte', q: 'Op onze basisschool duren de lessen 45 minuten. Een leerling uit groep 8 heeft in drie weken 20 lessen ongeoorloofd gemist. Moet ik melden?', uren: [15, 15], verplicht: false },
  { klasse: 'leslengte', q: 'Op onze school (vmbo) zijn de lessen 80 minuten. Een leerling spijbelde 12 lessen in de laatste 4 weken. Wat nu?', uren: [16, 16], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'leslengte', q: 'Wij hebben blokuren van 100 minuten. Een leerling (havo 3) heeft in 3 weken 9 blokuren gespijbeld. Moet dit naar DUO?', uren: [15, 15], verplicht: false },
  { klasse: 'leslengte', q: 'Goedemiddag, als teamleider vraag ik me af: een leerling uit 2 vwo heeft 13 lessen gespijbeld deze periode (3 weken). Bij ons duren lesuren 75 min. Moet ik melden?', uren: [16.25, 16.25], melding: '16-uur-in-4-weken', verplicht: true },

  // ---- 3. a list of lesson ranges per day ----
  { klasse: 'lijst', q: 'Leerling 3 havo mist zonder reden: di 10/11 het 3e t/m 6e uur, do 12/11 uur 1-4, ma 16/11 uur 2 t/m 8, wo 18/11 het 1e t/m 3e uur. Moet ik melden?', uren: [18, 18], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'lijst', q: 'Gemiste lesuren (ongeoorloofd) van een leerling van 14: maandag 1e-4e uur, woensdag 5e t/m 8e uur, vrijdag 2e en 3e uur. Verplicht melden?', uren: [10, 10], verplicht: false },
  { klasse: 'lijst', q: 'De afgelopen twee weken spijbelde hij (2 vmbo) op 3 november uur 1 t/m 5, op 5 november uur 3 t/m 7 en op 10 november het 1e tot en met het 6e uur. Moet ik melden?', uren: [16, 16], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'lijst', q: 'Ongeoorloofd afwezig (havo 2): maandag het 2e, 3e en 4e uur; dinsdag het 1e t/m 7e uur; donderdag het 4e t/m 7e uur; vrijdag het 6e uur. Moet dit gemeld worden?', uren: [15, 15], verplicht: false },
  { klasse: 'lijst', q: 'Ik ben mentor van een meisje uit 4 havo. Ze heeft zonder reden gemist: 2/11 uur 1 t/m 8, 4/11 uur 1 t/m 8 en 9/11 uur 5 t/m 8. Is melden verplicht?', uren: [20, 20], melding: '16-uur-in-4-weken', verplicht: true },

  // ---- 4. late every day at a clock time ----
  { klasse: 'te-laat', q: 'Een leerling uit 2 vmbo komt al drie weken elke dag pas om 10.15 binnen; school begint om 8.30. Er is geen reden. Moet ik melden?', uren: [26, 26.5], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'te-laat', q: 'Mijn leerling (groep 6) komt sinds drie weken iedere ochtend om 9.30 binnen terwijl de school om 8.30 begint. Ouders geven geen reden. Verplicht melden?', uren: [15, 15], verplicht: false },
  { klasse: 'te-laat', q: 'Hij (havo 1) is de afgelopen vier weken elke dag een half uur te laat gekomen zonder reden. Moet ik dit melden?', uren: [10, 10], verplicht: false },
  { klasse: 'te-laat', q: 'Leerling 3 mavo komt al vier weken elke dag twee uur te laat, ouders weten van niks. Melden verplicht?', uren: [40, 40], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'te-laat', q: 'De lessen beginnen om 8.15 maar deze leerling (vwo 2) komt al vier weken elke dag om 9.45 binnen, zonder geldige reden. Wat moet ik doen?', uren: [30, 30], melding: '16-uur-in-4-weken', verplicht: true },

  // ---- 5. durations in fractions and words ----
  { klasse: 'duur-woorden', q: 'Mijn leerling (13, 1 vwo) zit al anderhalve maand thuis zonder geldige reden. Moet ik iets melden?', weken: [5, 7], melding: 'langdurig-relatief-verzuim', verplicht: true },
  { klasse: 'duur-woorden', q: 'Hij komt al een maand of twee niet meer op school (vmbo 3, 15 jaar), zonder reden. Welke melding?', weken: [5, 12], melding: 'langdurig-relatief-verzuim', verplicht: true },
  { klasse: 'duur-woorden', q: 'Een leerling uit havo 2 is al ruim zes weken ongeoorloofd afwezig. Wat moet ik melden?', weken: [6, 7], melding: 'langdurig-relatief-verzuim', verplicht: true },
  { klasse: 'duur-woorden', q: 'Ze is bijna een maand niet op school geweest, geen reden bekend (groep 7). Moet ik melden?', weken: [3, 4], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'duur-woorden', q: 'Leerling (14) verzuimt al ruim een maand zonder geldige reden. Welke melding hoort daarbij?', weken: [4.1, 5], melding: 'langdurig-relatief-verzuim', verplicht: true },
  { klasse: 'duur-woorden', q: 'Zo\'n drie weken is deze leerling van 2 mavo al niet op school verschenen, zonder bericht. Moet ik melden?', weken: [2, 4], melding: '16-uur-in-4-weken', verplicht: true },
  { klasse: 'duur-woorden', q: 'Sinds een week of vijf komt hij niet meer naar school (havo 3), zonder geldige reden. Welke melding moet ik doen?', weken: [4.1, 6], melding: 'langdurig-relatief-verzuim', verplicht: true },
  { klasse: 'duur-woorden', q: 'Een leerling uit groep 8 is al bijna zes weken ongeoorloofd afwezig. Welke melding?', weken: [5, 6], melding: 'langdurig-relatief-verzuim', verplicht: true },
  { klasse: 'duur-woorden', q: 'Een leerling van 15 komt al een week of vier niet meer op school zonder reden. Is dit langdurig relatief verzuim?', open: true },
];

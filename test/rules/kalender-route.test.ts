import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { emptyIndex } from '../support/empty-index.js';

// A school loads its own calendar with the request (`kalender.vakanties`); it is validated at the edge.
const app = createApp({ version: 't', knowledge: emptyIndex(), llmEnabled: false });
const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const verzoek = { soort: 'vakantie-beroep', werkgeversverklaring: true, eerderVakantieverlofDitSchooljaar: false, dagen: 2, startdatum: '2026-08-31' };

describe('eigen schoolkalender bij verlof', () => {
  it('gebruikt de eigen vakanties voor de eerste twee lesweken (art. 13a lid 2)', async () => {
    const laat = await post('/api/verlof', { ...verzoek, kalender: { vakanties: [{ naam: 'zomervakantie', van: '2026-07-11', tot: '2026-08-23' }] } });
    expect(laat.status).toBe(200);
    expect(await laat.json()).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
    const vroeg = await post('/api/verlof', { ...verzoek, kalender: { vakanties: [{ naam: 'zomervakantie', van: '2026-07-04', tot: '2026-08-16' }] } });
    expect(await vroeg.json()).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
  });

  it.each([
    ['vakantie eindigt vóór die begint', { ...verzoek, kalender: { vakanties: [{ van: '2026-08-23', tot: '2026-07-11' }] } }, /kalender\.vakanties\.0/],
    ['onbekende kalenderregio', { ...verzoek, kalender: { regio: 'oost' } }, /kalender\.regio/],
    ['einddatum vóór startdatum', { ...verzoek, einddatum: '2026-08-20' }, /einddatum/],
  ])('weigert %s met een Nederlandse foutmelding', async (_naam, body, veld) => {
    const res = await post('/api/verlof', body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.message).toMatch(veld);
  });
});

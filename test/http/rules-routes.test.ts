import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { emptyIndex } from '../support/empty-index.js';

const knowledge = emptyIndex();
const app = createApp({ version: 't', knowledge, llmEnabled: false });

const post = (path: string, body: unknown, type = 'application/json') =>
  app.request(path, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('rules routes', () => {
  it('POST /api/melding geeft de melding met bronnen', async () => {
    const res = await post('/api/melding', { leeftijd: 14, onderwijssoort: 'vo', soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 16 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { melding: string; verplicht: boolean; legalBasis: { id: string }[] };
    expect(body.melding).toBe('16-uur-in-4-weken');
    expect(body.verplicht).toBe(true);
    expect(body.legalBasis.map((l) => l.id)).toContain('lpw:21a');
  });

  it('POST /api/verlof beslist over vakantieverlof', async () => {
    const res = await post('/api/verlof', { soort: 'vakantie-beroep', dagen: 15 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });

  it('POST /api/leerplicht geeft status en grensdata', async () => {
    const res = await post('/api/leerplicht', { geboortedatum: '2021-01-20', peildatum: '2026-01-27' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'geen', leerplichtStart: '2026-02-02' });
  });

  it('POST /api/verzuim/evaluate geeft de meldingen met datum', async () => {
    const res = await post('/api/verzuim/evaluate', {
      leerling: { onderwijssoort: 'vo', geboortedatum: '2012-05-05' },
      regio: 'ijssel-vecht',
      registraties: [
        { datum: '2026-01-12', uren: 8, soort: 'ongeoorloofd' },
        { datum: '2026-01-13', uren: 8, soort: 'ongeoorloofd' },
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { meldingen: { melding: string; datum: string }[] };
    expect(body.meldingen).toEqual([expect.objectContaining({ melding: '16-uur-in-4-weken', datum: '2026-01-13' })]);
  });

  it('POST /api/verzuim/evaluate-csv leest text/csv met opties in de query', async () => {
    const res = await app.request('/api/verzuim/evaluate-csv?kalenderRegio=noord', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'leerling;onderwijssoort;datum;uren;soort\n1;vo;2026-01-12;16;ongeoorloofd\n',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { leerlingen: { leerling: string; resultaat: { meldingen: unknown[] } }[] };
    expect(body.leerlingen[0]?.resultaat.meldingen).toHaveLength(1);
  });

  it('POST /api/verzuim/evaluate-csv leest een upload in het veld bestand', async () => {
    const form = new FormData();
    form.append('bestand', new File(['leerling;onderwijssoort;datum;uren;soort\n1;po;2026-01-12;16;ongeoorloofd\n'], 'verzuim.csv', { type: 'text/csv' }));
    form.append('regio', 'ijssel-vecht');
    const res = await app.request('/api/verzuim/evaluate-csv', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { leerlingen: { resultaat: { kalender: { regio: string } } }[] };
    expect(body.leerlingen[0]?.resultaat.kalender.regio).toBe('noord');
  });

  it('GET /api/verzuim/template.csv geeft het sjabloon', async () => {
    const res = await app.request('/api/verzuim/template.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await res.text()).toMatch(/^leerling;geboortedatum;onderwijssoort;datum;uren;eenheid;soort;heledag/);
  });
});

describe('rules routes weigeren foute invoer zonder 500', () => {
  const cases: [string, string, string, string, number, RegExp][] = [
    ['onbekend veld', '/api/melding', 'application/json', JSON.stringify({ foo: 1 }), 400, /foo|herkend|onbekend/i],
    ['verkeerde soort', '/api/melding', 'application/json', JSON.stringify({ soortVerzuim: 'spijbelen' }), 400, /soortVerzuim/],
    ['negatieve uren', '/api/melding', 'application/json', JSON.stringify({ ongeoorloofdeUren: -1 }), 400, /ongeoorloofdeUren/],
    ['geen json', '/api/melding', 'application/json', '{kapot', 400, /geen geldige JSON/],
    ['json null', '/api/verlof', 'application/json', 'null', 400, /hoofdniveau/],
    ['json array', '/api/verlof', 'application/json', '[1,2]', 400, /hoofdniveau/],
    ['tekst als getal', '/api/verlof', 'application/json', JSON.stringify({ dagen: '5' }), 400, /dagen/],
    ['verkeerde content-type', '/api/verlof', 'text/plain', '{}', 415, /JSON/],
    ['geboortedatum ontbreekt', '/api/leerplicht', 'application/json', '{}', 400, /geboortedatum/],
    ['datum bestaat niet', '/api/leerplicht', 'application/json', JSON.stringify({ geboortedatum: '2021-02-30' }), 400, /bestaat niet/],
    ['datum ver weg', '/api/leerplicht', 'application/json', JSON.stringify({ geboortedatum: '9999-12-31' }), 400, /geboortedatum/],
    ['jaar 0001', '/api/melding', 'application/json', JSON.stringify({ geboortedatum: '0001-01-01' }), 400, /geboortedatum/],
    ['registraties ontbreken', '/api/verzuim/evaluate', 'application/json', JSON.stringify({ leerling: { onderwijssoort: 'vo' } }), 400, /registraties/],
    ['uren te hoog', '/api/verzuim/evaluate', 'application/json', JSON.stringify({ leerling: { onderwijssoort: 'vo' }, registraties: [{ datum: '2026-01-12', uren: 99, soort: 'ziek' }] }), 400, /registraties\.0\.uren/],
    ['vakantie omgekeerd', '/api/verzuim/evaluate', 'application/json', JSON.stringify({ leerling: { onderwijssoort: 'vo' }, kalender: { vakanties: [{ van: '2026-02-10', tot: '2026-02-01' }] }, registraties: [] }), 400, /kalender\.vakanties/],
    ['csv als json', '/api/verzuim/evaluate-csv', 'application/json', '{}', 415, /CSV/],
    ['csv kapotte query', '/api/verzuim/evaluate-csv?kalenderRegio=oost', 'text/csv', 'leerling;onderwijssoort;datum;uren;soort\n', 400, /kalenderRegio/],
    ['multipart zonder bestand', '/api/verzuim/evaluate-csv', 'multipart/form-data; boundary=x', '--x--\r\n', 400, /bestand|formulier/],
  ];
  it.each(cases)('%s', async (_n, path, type, body, status, message) => {
    const res = await post(path, body, type);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toMatch(/^[a-z-]+$/);
    expect(json.error.message).toMatch(message);
  });

  it('overleeft een lege registratielijst en de lege csv', async () => {
    expect((await post('/api/verzuim/evaluate', { leerling: { onderwijssoort: 'po' }, registraties: [] })).status).toBe(200);
    expect((await post('/api/verzuim/evaluate-csv', '', 'text/csv')).status).toBe(200);
  });
});

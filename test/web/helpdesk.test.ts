import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../server/helpdesk/drafts.js';
import { DRAFT_ACTION, DRAFT_STATUS, dateTimeNl, NEXT_STATUS, short } from '../../web/src/views/helpdesk-shared.js';

describe('helpdesk-pagina: hulpfuncties', () => {
  it('biedt precies de statusovergangen aan die de server toestaat', () => {
    expect(NEXT_STATUS).toEqual(TRANSITIONS);
    for (const next of Object.values(NEXT_STATUS)) for (const s of next) expect(DRAFT_ACTION[s]).toBeTruthy();
    expect(Object.keys(DRAFT_STATUS).sort()).toEqual(Object.keys(TRANSITIONS).sort());
  });

  it.each([
    ['2026-11-22T05:52:56.000Z', '22 november 2026 om 06:52'],
    ['2026-07-01T10:00:00Z', '1 juli 2026 om 12:00'],
    ['2026-11-22', '2026-11-22'],
    ['geen datum', 'geen datum'],
    [undefined, ''],
  ])('dateTimeNl(%s) = %s (tijd in Nederland, zomer- en wintertijd)', (iso, want) => {
    expect(dateTimeNl(iso)).toBe(want);
  });

  it('kort lange vragen af op een woordgrens en maakt er één regel van', () => {
    expect(short('Mag een\nleerling  op vakantie?')).toBe('Mag een leerling op vakantie?');
    const long = short('woord '.repeat(60), 20);
    expect(long).toBe('woord woord woord …');
  });
});

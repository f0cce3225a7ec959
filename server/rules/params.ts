import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { isoDate } from './schemas.js';

// Loads the rule parameters from knowledge/ (national params, regional overlays, school calendar), validates them
// with zod and answers "which value applies on this peildatum". A law change is a new `waarden` entry, not code.

const knowledgeDir = fileURLToPath(new URL('../../knowledge/', import.meta.url));

const bron = z.object({ artikel: z.string().min(2), lid: z.number().int().positive().optional(), url: z.string().min(5) }).strict();

const parameter = z
  .object({
    id: z.string().regex(/^[a-zA-Z0-9.]+$/),
    omschrijving: z.string().min(5),
    eenheid: z.string(),
    waarden: z.array(z.object({ geldigVanaf: isoDate, waarde: z.union([z.number(), z.string()]) }).strict()).min(1),
    bron,
  })
  .strict();
export type Parameter = z.infer<typeof parameter>;

const paramsFile = z.object({ parameters: z.array(parameter).min(1) }).strict();

const richtlijn = z
  .object({
    omstandigheid: z.string(),
    omschrijving: z.string(),
    dagen: z.number().int().positive().optional(),
    maxGraad: z.number().int().min(1).max(4).optional(),
    dagenBuitenWoonplaats: z.number().int().positive().optional(),
    dagenBuitenland: z.number().int().positive().optional(),
    dagenPerGraad: z.record(z.string(), z.number().int().positive()).optional(),
    /** The directeur weighs whether the circumstance justifies leave and for how long ("duur in overleg"): the
     *  day count is an upper guideline, so a request within it is still his judgement, never a plain yes. */
    afweging: z.boolean().optional(),
    /** Only a relative's occasion counts (a friend's wedding is no gewichtige omstandigheid). */
    alleenFamilie: z.boolean().optional(),
    /** Only when it cannot take place outside school hours (an appointment, a treatment). */
    alleenBinnenLestijd: z.boolean().optional(),
  })
  .strict();
export type Richtlijn = z.infer<typeof richtlijn>;

const beleidsregelFile = z
  .object({
    bron,
    geldigVanaf: isoDate,
    richtlijnen: z.array(richtlijn).min(1),
    afwijzen: z.array(z.object({ omstandigheid: z.string(), reden: z.string() }).strict()),
  })
  .strict();
export type Beleidsregel = z.infer<typeof beleidsregelFile>;

const acties = { school: z.array(z.string()), leerplichtambtenaar: z.array(z.string()) };
const niveau = z
  .object({
    id: z.string(),
    vanafKeer: z.number().int().positive(),
    alleenMetSpreekuur: z.boolean().optional(),
    sectie: z.string(),
    melding: z.string().nullable(),
    ...acties,
  })
  .strict();
export type InterventieNiveau = z.infer<typeof niveau>;

const kalenderRegio = z.enum(['noord', 'midden', 'zuid']);
export type KalenderRegio = z.infer<typeof kalenderRegio>;

const regionFile = z
  .object({
    id: z.string(),
    naam: z.string(),
    kalenderregio: kalenderRegio,
    geldigVanaf: isoDate,
    bron: z.object({ artikel: z.string(), titel: z.string(), url: z.string() }).strict(),
    interventies: z.object({ onderwijssoorten: z.array(z.string()), niveaus: z.array(niveau).min(1) }).strict(),
    thuiszitter: z.object({ dagen: z.number().int().positive(), eenheid: z.string(), sectie: z.string(), ...acties }).strict(),
    luxeVerzuim: z
      .object({ sectie: z.string(), waarschuwingMaxDagen: z.number(), voorwaarde: z.string(), ...acties })
      .strict(),
    /** Optional regional day counts per circumstance; they replace the national guideline for that omstandigheid. */
    verlofRichtlijnen: z.array(richtlijn).optional(),
    mazl: z
      .object({
        onderwijssoorten: z.array(z.string()),
        ziekmeldingen: z.number().int().positive(),
        schoolweken: z.number().int().positive(),
        aaneengeslotenDagen: z.number().int().positive(),
        /** First step after this many consecutive sick days: the mentor contacts the parents (before any referral). */
        contactNaDagen: z.number().int().positive().optional(),
        contact: z.object(acties).strict().optional(),
        nietVerschenenMelding: z.number().int().positive(),
        sectie: z.string(),
        ...acties,
        nietVerschenen: z.object(acties).strict(),
      })
      .strict(),
  })
  .strict();
export type Region = z.infer<typeof regionFile>;

const vakantie = z
  .object({
    naam: z.string(),
    regio: z.union([kalenderRegio, z.array(kalenderRegio)]),
    van: isoDate,
    tot: isoDate,
    gecontroleerd: z.boolean().optional(),
  })
  .strict();

const kalenderFile = z
  .object({
    bron: z.string(),
    laatstGecontroleerd: isoDate,
    schooljaren: z.array(z.object({ schooljaar: z.string().regex(/^\d{4}-\d{4}$/), vakanties: z.array(vakantie) }).strict()),
    /** Extra days off for every school beyond the computed public holidays (calendar.ts), if any. */
    feestdagen: z.array(z.object({ naam: z.string(), datum: isoDate }).strict()).default([]),
  })
  .strict();
export type KalenderData = z.infer<typeof kalenderFile>;

function loadYaml<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`Parameterbestand ${path} is ongeldig: ${i?.path.join('.')}: ${i?.message}`);
  }
  return parsed.data;
}

export interface RuleData {
  parameters: Map<string, Parameter>;
  beleidsregel: Beleidsregel;
  regions: Map<string, Region>;
  kalender: KalenderData;
}

let cache: RuleData | undefined;

/** All rule data, loaded and validated once; a broken file fails loudly at the first call. */
export function ruleData(): RuleData {
  if (cache) return cache;
  const parameters = new Map<string, Parameter>();
  for (const p of loadYaml(`${knowledgeDir}params/lpw.yaml`, paramsFile).parameters) {
    if (parameters.has(p.id)) throw new Error(`Parameter ${p.id} staat dubbel in lpw.yaml.`);
    parameters.set(p.id, { ...p, waarden: [...p.waarden].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf)) });
  }
  const regions = new Map<string, Region>();
  for (const f of readdirSync(`${knowledgeDir}regions`).filter((n) => n.endsWith('.yaml'))) {
    const r = loadYaml(`${knowledgeDir}regions/${f}`, regionFile);
    regions.set(r.id, r);
  }
  cache = {
    parameters,
    beleidsregel: loadYaml(`${knowledgeDir}params/beleidsregel-verlof.yaml`, beleidsregelFile),
    regions,
    kalender: loadYaml(`${knowledgeDir}kalender/schoolvakanties.yaml`, kalenderFile),
  };
  return cache;
}

export function parameterDef(id: string): Parameter {
  const p = ruleData().parameters.get(id);
  if (!p) throw new Error(`Onbekende parameter ${id}.`);
  return p;
}

/** The value of a parameter as it applies on `peildatum` (the newest entry with geldigVanaf <= peildatum). */
export function param(id: string, peildatum: string): number {
  const v = paramValue(id, peildatum);
  if (typeof v !== 'number') throw new Error(`Parameter ${id} is geen getal.`);
  return v;
}

export function paramText(id: string, peildatum: string): string {
  return String(paramValue(id, peildatum));
}

function paramValue(id: string, peildatum: string): number | string {
  const p = parameterDef(id);
  let value = p.waarden[0]!.waarde;
  for (const w of p.waarden) if (w.geldigVanaf <= peildatum) value = w.waarde;
  return value;
}

export function region(id: string | undefined): Region | undefined {
  return id ? ruleData().regions.get(id) : undefined;
}

/** Whether the Wet terugdringen schoolverzuim (36663) is in force on `peildatum`; it starts by royal decree. */
export function wetTerugdringenSchoolverzuim(peildatum: string): boolean {
  return paramText('wetTerugdringenSchoolverzuim.inWerking', peildatum) === 'ja';
}

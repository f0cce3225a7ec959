// The rules module: pure decision functions (no hono), each citing the article it encodes.
export { decideMelding, urenEenheid, type MeldingResult, type Acties, type Ontvanger, type RegionaleTrigger, type UrenEenheid } from './melding.js';
export { decideVerlof, contractBeslisser, type VerlofResult, type Beslisser, type Toegestaan } from './verlof.js';
export { decideLeerplicht, type LeerplichtResult } from './leerplicht.js';
export { evaluateVerzuim, type VerzuimEvaluation, type VerzuimMelding, type Signaal } from './verzuim.js';
export { parseVerzuimCsv, VERZUIM_CSV_TEMPLATE, csvOpties, type CsvResultaat, type CsvOpties } from './verzuim-csv.js';
export { legalLabel, legalUrl, ref as legalRef } from './legal.js';
export { param, ruleData } from './params.js';

import { ruleData } from '../rules/params.js';

// When did a rule parameter take (or will it take) a new value? A kennisbank answer that rests on a legal id whose
// parameter changed after the answer was last checked may be out of date.

export interface RuleChange {
  legalId: string;
  parameter: string;
  geldigVanaf: string;
}

export function ruleChanges(): RuleChange[] {
  const data = ruleData();
  const changes: RuleChange[] = [];
  for (const p of data.parameters.values()) {
    for (const w of p.waarden) changes.push({ legalId: p.bron.artikel, parameter: p.id, geldigVanaf: w.geldigVanaf });
  }
  changes.push({ legalId: 'beleidsregel-verlof', parameter: 'beleidsregel-verlof', geldigVanaf: data.beleidsregel.geldigVanaf });
  for (const r of data.regions.values()) changes.push({ legalId: `protocol:${r.id}`, parameter: `regio.${r.id}`, geldigVanaf: r.geldigVanaf });
  return changes;
}

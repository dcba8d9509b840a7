import jsonata from 'jsonata';
import { buildRequestBody } from '../shared/mapping';
import { benchSamples, benchWebhook, CATALOGUE, REQUEST_ROWS } from './harness-data';

/** Profiles mapped per second by the engine and by JSONata on the equivalent mapping. */
export interface MappingBench {
  engine: number;
  jsonata: number;
  ratio: number;
  /** Both produced the same bodies for every benchmark profile. */
  equivalent: boolean;
}

const present = (k: string) => `($exists(${k}) and ${k} != null and $trim($string(${k})) != "")`;

/** The same mapping in JSONata, with the same typing rules: text, booleans normalised, dates cut to yyyy-mm-dd, enum spelling. */
function jsonataExpression(): string {
  const types = new Map(CATALOGUE.map((f) => [f.key, f]));
  const entries = REQUEST_ROWS.map(([api, key]) => {
    const field = types.get(key);
    const text = `$string(${key})`;
    let value = text;
    if (field?.type === 'boolean') {
      value = `($l := $lowercase($trim(${text})); $l in ["true","yes","y","1","on"] ? "true" : $l in ["false","no","n","0","off"] ? "false" : ${text})`;
    } else if (field?.type === 'date') {
      value = `($match(${text}, /^\\d{4}-\\d{2}-\\d{2}/) ? $substring(${text}, 0, 10) : ${text})`;
    } else if (field?.type === 'enum') {
      const options = JSON.stringify(field.options ?? []);
      value = `($o := ${options}[$lowercase($) = $lowercase($trim(${text}))]; $o ? $o : ${text})`;
    }
    return `"${api}": ${present(key)} ? ${value} : null`;
  });
  return `{ ${entries.join(', ')} }`;
}

function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

/** Times the engine and JSONata over the same profiles, after a warm-up, and checks they agree. */
export async function benchMapping(): Promise<MappingBench> {
  const webhook = benchWebhook('https://hr.example.com/hooks');
  const profiles = benchSamples(1000).map((s) => s.fields);
  const expression = jsonata(jsonataExpression());

  let equivalent = true;
  for (const profile of profiles.slice(0, 200)) {
    const ours = buildRequestBody(webhook, profile, CATALOGUE);
    const theirs = (await expression.evaluate(profile)) as Record<string, unknown>;
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) equivalent = false;
  }

  const engineRounds = 300_000;
  let sink = 0;
  for (let i = 0; i < 20_000; i++)
    sink += Object.keys(buildRequestBody(webhook, profiles[i % 1000] ?? {}, CATALOGUE)).length;
  let started = performance.now();
  for (let i = 0; i < engineRounds; i++) {
    sink += Object.keys(buildRequestBody(webhook, profiles[i % 1000] ?? {}, CATALOGUE)).length;
  }
  const engine = perSecond(engineRounds, performance.now() - started);

  const jsonataRounds = 20_000;
  for (let i = 0; i < 2_000; i++) await expression.evaluate(profiles[i % 1000]);
  started = performance.now();
  for (let i = 0; i < jsonataRounds; i++) await expression.evaluate(profiles[i % 1000]);
  const other = perSecond(jsonataRounds, performance.now() - started);
  if (sink < 0) console.log(sink);
  return { engine, jsonata: other, ratio: engine / other, equivalent };
}

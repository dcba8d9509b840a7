import { randomUUID } from 'node:crypto';
import { readPath } from '../../../shared/mapping/paths';

/** What a template can refer to: the parsed request body and a few request facts. */
export interface TemplateContext {
  body: unknown;
  method: string;
  path: string;
  /** A short sequential id of this request on the receiver. */
  seq: number;
}

/** A compiled template: fills placeholders from a request. */
export type Template = (ctx: TemplateContext) => unknown;

const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;
const WHOLE = /^\{\{\s*([^}]+?)\s*\}\}$/;

/**
 * The value of one placeholder: `$uuid`, `$id` (receiver-unique), `$now`, `$body`, `$method`, `$path`,
 * or a field of the request body (dotted paths such as `employee.id`). Unknown fields are null.
 */
function lookup(name: string, ctx: TemplateContext): unknown {
  switch (name) {
    case '$uuid':
      return randomUUID();
    case '$id':
      return `rcv-${ctx.seq}`;
    case '$now':
      return new Date().toISOString();
    case '$body':
      return ctx.body ?? null;
    case '$method':
      return ctx.method;
    case '$path':
      return ctx.path;
    default: {
      const read = readPath(ctx.body, name);
      return read.found ? read.value : null;
    }
  }
}

const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** Compiles one string: a lone placeholder keeps the value's JSON type; mixed text interpolates. */
function compileString(text: string): Template | string {
  const whole = WHOLE.exec(text);
  if (whole) {
    const name = whole[1] as string;
    return (ctx) => lookup(name, ctx);
  }
  if (!text.includes('{{')) return text;
  const parts: (string | { name: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index), { name: m[1] as string });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (ctx) => parts.map((p) => (typeof p === 'string' ? p : asText(lookup(p.name, ctx)))).join('');
}

/**
 * Compiles a JSON body template once (routes are set rarely, answered often): strings with `{{field}}`
 * placeholders are filled from each request; everything else is copied as is.
 */
export function compileTemplate(template: unknown): Template {
  if (typeof template === 'string') {
    const compiled = compileString(template);
    return typeof compiled === 'string' ? () => compiled : compiled;
  }
  if (Array.isArray(template)) {
    const items = template.map(compileTemplate);
    return (ctx) => items.map((item) => item(ctx));
  }
  if (template !== null && typeof template === 'object') {
    const entries = Object.entries(template).map(([k, v]) => [k, compileTemplate(v)] as const);
    return (ctx) => {
      const out: Record<string, unknown> = {};
      for (const [k, fill] of entries) out[k] = fill(ctx);
      return out;
    };
  }
  return () => template;
}

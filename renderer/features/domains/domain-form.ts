import type { DomainSummary } from '../../../shared/model/draft';
import { checkDomain } from '../../../shared/validation/domain-rules';
import type { Problem } from '../../../shared/validation/problem';

/** The longest domain name the host accepts. */
export const NAME_MAX = 120;

/** Why a domain name cannot be used, or null when it can. `except` is the domain being renamed. */
export function nameError(name: string, domains: readonly DomainSummary[], except?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name, e.g. “acme production”.';
  if (trimmed.length > NAME_MAX) return `Keep the name to ${NAME_MAX} characters or fewer.`;
  const clash = domains.find((d) => d.id !== except && d.name.toLowerCase() === trimmed.toLowerCase());
  return clash ? `There is already a domain called “${clash.name}”.` : null;
}

/** Why a base URL cannot be used (the same rule the editor applies), or null; empty is fine. */
export function baseUrlError(url: string): string | null {
  const out: Problem[] = [];
  checkDomain(url.trim(), out);
  return out[0]?.message ?? null;
}

/** A name for a copy that does not clash: "acme copy", "acme copy 2", … */
export function copyName(name: string, domains: readonly DomainSummary[]): string {
  return uniqueName(`${name} copy`, domains);
}

/** `name` itself when no domain has it, else `name 2`, `name 3`, … (within the length limit). */
export function uniqueName(name: string, domains: readonly DomainSummary[]): string {
  const taken = new Set(domains.map((d) => d.name.toLowerCase()));
  const base = (name.trim() || 'Imported draft').slice(0, NAME_MAX);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, NAME_MAX - 4)} ${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { PROFILE_TRIGGERS, LOCATION_TRIGGERS, TRIGGER_LABELS } from '../../../shared/model/webhook';

/** Milliseconds for a trace: "12 ms", "1.4 s". */
export function formatMs(ms: number): string {
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** The triggers of a webhook kind with their Admin Portal labels. */
export function triggerOptions(kind: WebhookKind): { id: string; label: string }[] {
  const list = kind === 'profile' ? PROFILE_TRIGGERS : LOCATION_TRIGGERS;
  return list.map((id) => ({ id, label: TRIGGER_LABELS[id] ?? id }));
}

/** An event or trigger in words. */
export function eventLabel(event: string | null | undefined): string {
  if (!event) return '—';
  const words: Record<string, string> = {
    activate_user: 'Activate User',
    deactivate_user: 'Deactivate User',
  };
  return words[event] ?? TRIGGER_LABELS[event] ?? event;
}

/** Step names as the trace shows them. */
export const STEP_LABELS: Record<string, string> = {
  token: 'OAuth token',
  request: 'Request',
  response: 'Response',
  write_back: 'Write-back',
};

/** Pretty-prints a JSON text, or returns it as it is. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** A value in a table cell: empty shows as an em dash. */
export function shown(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : value;
}

/** The host of a URL, or null. */
export function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

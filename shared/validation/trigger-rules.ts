import type { WebhookKind } from '../model/field-catalogue';
import { TRIGGER_LABELS, triggersOf } from '../model/triggers';
import type { Webhook } from '../model/webhook';
import type { Problem } from './problem';
import { checkHttpsUrl, urlMessage } from './url-check';
import { quote, tablePath } from './wording';

/**
 * Outgoing section: triggers ⊆ the kind's three values without duplicates; post_url absolute https when a
 * trigger is on (a bad URL is still worth a warning while no trigger is on); a trigger with nothing to send.
 */
export function checkOutgoing(kind: WebhookKind, hook: Webhook, out: Problem[]): void {
  const { triggers, post_url, request_parameters } = hook.outgoing;
  const allowed = triggersOf(kind);
  const triggerAt = { section: 'triggers', kind } as const;
  const path = `${kind}.outgoing.triggers`;
  const seen = new Set<string>();
  for (const trigger of triggers) {
    if (!allowed.includes(trigger)) {
      out.push({
        severity: 'error',
        path,
        at: triggerAt,
        message: `Unknown trigger ${quote(trigger)}; the ${kind} webhook accepts ${allowed.join(', ')}`,
      });
    } else if (seen.has(trigger)) {
      out.push({
        severity: 'error',
        path,
        at: triggerAt,
        message: `Trigger "${trigger}" (${TRIGGER_LABELS[trigger] ?? trigger}) is listed twice`,
      });
    }
    seen.add(trigger);
  }

  const anyOn = triggers.length > 0;
  const verdict = checkHttpsUrl(post_url);
  if (verdict !== 'ok' && !(verdict === 'empty' && !anyOn)) {
    const on = triggers.map((t) => TRIGGER_LABELS[t] ?? t).join(', ');
    out.push({
      // Only a trigger makes the server check the URL. Credentials in a URL are an error regardless: the
      // host refuses to send them (they would travel as a hidden Basic header and into logs and exports).
      severity: anyOn || verdict === 'credentials' ? 'error' : 'warning',
      path: `${kind}.outgoing.post_url`,
      at: { section: 'post_url', kind },
      message:
        verdict === 'empty'
          ? `Post to URL is required while a trigger is on (${on})`
          : urlMessage('Post to URL', post_url, verdict),
    });
  }

  if (anyOn && request_parameters.length === 0) {
    out.push({
      severity: 'warning',
      path: tablePath(kind, 'request_parameters'),
      at: { section: 'table', kind, table: 'request_parameters' },
      message: 'A trigger is on but there are no request parameters, so MangoApps would post an empty body',
    });
  }
}

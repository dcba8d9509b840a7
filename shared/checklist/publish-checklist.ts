import type { DomainDraft } from '../model/draft';
import type { Field, WebhookKind } from '../model/field-catalogue';
import { TRIGGER_LABELS, triggersOf, type MappingRow } from '../model/webhook';

/** One value to type or pick on an Admin Portal screen; `copy` is what the copy button puts on the clipboard. */
export interface ChecklistField {
  label: string;
  value: string;
  copy: string;
}

/** One screen-sized step of entering a draft by hand in the Admin Portal. */
export interface ChecklistStep {
  screen: string;
  instruction: string;
  fields: ChecklistField[];
}

const field = (label: string, value: string, copy = value): ChecklistField => ({ label, value, copy });

function fieldName(catalogue: readonly Field[], key: string): string {
  const f = catalogue.find((x) => x.key === key);
  return f ? `${f.label} (${key})` : key;
}

function rowSteps(
  screen: string,
  title: string,
  rows: readonly MappingRow[],
  catalogue: readonly Field[],
): ChecklistStep {
  return {
    screen,
    instruction: rows.length
      ? `${title}: remove rows not listed here, then for each row click "+ Add", type the API Field exactly (case matters) and pick the MangoApps Field.`
      : `${title}: remove every row; this table stays empty.`,
    fields: rows.flatMap((r, i) => [
      field(`Row ${i + 1} · API Field`, r.api_field),
      field(`Row ${i + 1} · MangoApps Field`, fieldName(catalogue, r.mangoapps_field), r.mangoapps_field),
    ]),
  };
}

/**
 * The manual-entry fallback for domains without the admin API: the Admin Portal screens in order, with the
 * values to enter. Secrets are never listed: the admin types the password from where they keep it.
 */
export function publishChecklist(draft: DomainDraft, kind: WebhookKind): ChecklistStep[] {
  const hook = draft.config[kind];
  const catalogue = draft.catalogue[kind];
  const page = kind === 'profile' ? 'Modules › People › Webhooks' : 'Domain Setup › Locations › Webhooks';
  const oauth = draft.config.security.oauth;
  const on = new Set(hook.outgoing.triggers);
  const identifier = kind === 'profile' ? 'User Identifier' : 'Location Identifier';
  const idRow = hook.incoming.input_parameters.find((r) => r.identifier);
  const steps: ChecklistStep[] = [
    {
      screen: 'Integrations › Webhooks › OAuth',
      instruction: oauth
        ? 'Set up OAuth first (it serves both the Profile and Location webhooks), then Save. Type the password from your password manager.'
        : 'Leave OAuth unset (remove it if it is set), then Save.',
      fields: oauth
        ? [
            field('Token URL', oauth.token_url),
            field('Username', oauth.username),
            field('Password', '(type it; never shown here)', ''),
          ]
        : [],
    },
    {
      screen: `${page} › Outgoing`,
      instruction: 'Tick exactly these trigger events and enter the Post to URL.',
      fields: [
        // A tick box is ticked, not typed: nothing to copy.
        ...triggersOf(kind).map((t) =>
          field(TRIGGER_LABELS[t] ?? t, on.has(t) ? 'checked' : 'unchecked', ''),
        ),
        field('Post to URL', hook.outgoing.post_url || '(empty)', hook.outgoing.post_url),
      ],
    },
    rowSteps(
      `${page} › Request Parameters`,
      'Request Parameters',
      hook.outgoing.request_parameters,
      catalogue,
    ),
    rowSteps(
      `${page} › Response Parameters`,
      'Response Parameters',
      hook.outgoing.response_parameters,
      catalogue,
    ),
    {
      ...rowSteps(
        `${page} › Notifying MangoApps`,
        'Input Parameters',
        hook.incoming.input_parameters,
        catalogue,
      ),
      fields: [
        ...rowSteps('', '', hook.incoming.input_parameters, catalogue).fields,
        field(
          identifier,
          idRow ? `tick the row "${idRow.api_field}" only` : '(no row)',
          idRow?.api_field ?? '',
        ),
      ],
    },
  ];
  if (kind === 'profile') {
    steps.push({
      screen: `${page} › JIT provisioning`,
      instruction: 'Set JIT provisioning.',
      fields: [field('JIT provisioning', draft.config.jit_provisioning ? 'on' : 'off', '')],
    });
  }
  steps.push({
    screen: page,
    instruction: 'Click Save, reload the page and compare it with this list.',
    fields: [],
  });
  return steps;
}

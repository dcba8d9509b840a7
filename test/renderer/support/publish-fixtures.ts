import type { ChannelResult } from '../../../shared/bridge/contract';
import type { DomainDraft } from '../../../shared/model/draft';
import type { WebhookContent } from '../../../shared/model/remote';
import type { Conflict, HistoryEntry } from '../../../shared/plan/outcome';
import type { FakeHost } from './fake-host';

/** A profile content as a domain would hold it. */
export function liveContent(
  requestRows: [string, string][] = [['employeeNumber', 'employee_id']],
): WebhookContent {
  return {
    outgoing: {
      triggers: ['create_user'],
      post_url: 'https://hr.example.com/hooks',
      request_parameters: requestRows.map(([api_field, mangoapps_field]) => ({ api_field, mangoapps_field })),
      response_parameters: [],
    },
    incoming: {
      input_parameters: [
        { api_field: 'employeeNumber', mangoapps_field: 'employee_id', user_identifier: true },
      ],
    },
    security: { oauth: null },
    jit_provisioning: false,
  };
}

/** A draft as a pull leaves it: the live rows, the notify URL and the base at `version`. */
export function pulled(
  draft: DomainDraft,
  version: number,
  rows = liveContent().outgoing.request_parameters,
) {
  const at = '2026-11-21T09:00:00.000Z';
  const profile = draft.config.profile;
  return {
    ...draft,
    config: {
      ...draft.config,
      profile: {
        outgoing: {
          ...profile.outgoing,
          triggers: ['create_user'],
          post_url: 'https://hr.example.com/hooks',
          request_parameters: rows.map((r, i) => ({ id: `live${i}`, ...r })),
        },
        incoming: {
          notify_url: 'https://acme.mangoapps.com/api/webhooks/profile/notify/abc.json',
          input_parameters: [
            { id: 'in0', api_field: 'employeeNumber', mangoapps_field: 'employee_id', identifier: true },
          ],
        },
      },
    },
    remote: {
      profile: { version, updated_at: at, updated_by: 'Bea Admin', synced_at: at, content: liveContent() },
      location: null,
    },
  } satisfies DomainDraft;
}

/** A plan result with one profile webhook. */
export function profilePlan(
  changes: ChannelResult<'publish:plan'>['webhooks'][number]['plan']['changes'],
  impacts: ChannelResult<'publish:plan'>['webhooks'][number]['plan']['impacts'] = [],
  conflict: Conflict | null = null,
  liveVersion = 12,
): ChannelResult<'publish:plan'> {
  return {
    blocked: [],
    webhooks: [
      {
        kind: 'profile',
        live_version: liveVersion,
        plan: { kind: 'profile', base_version: liveVersion, changes, impacts },
        conflict,
      },
    ],
  };
}

/** Someone else saved version 13 over base 12. */
export const CONFLICT: Conflict = {
  kind: 'profile',
  base_version: 12,
  live_version: 13,
  updated_by: 'Bea Admin',
  updated_at: '2026-11-21T09:12:00Z',
  items: [
    {
      unit: 'post_url',
      label: 'Post to URL',
      base: 'https://a.example.com',
      live: 'https://b.example.com',
      draft: 'https://a.example.com',
      status: 'theirs',
    },
    {
      unit: 'request_parameters:mobile',
      label: 'Request parameter "mobile"',
      draft: 'mobile',
      status: 'mine',
    },
    {
      unit: 'request_parameters:cost',
      label: 'Request parameter "cost"',
      base: 'title',
      live: 'department',
      draft: 'office_location',
      status: 'conflict',
    },
  ],
};

/** A history entry of the profile webhook. */
export function historyEntry(id: string, version: number, at: string, content = liveContent()): HistoryEntry {
  return {
    id,
    kind: 'profile',
    version,
    published_at: at,
    published_by: 'Ada Admin',
    domain: 'https://acme.mangoapps.com',
    content,
  };
}

/** The order in which channels were called (to check that saves come before publish calls). */
export function channelOrder(host: FakeHost): string[] {
  return host.calls.map((c) => c.channel);
}

/**
 * Names only, no schemas: the preload script is bundled from this file alone, so the sandboxed
 * renderer's preload stays tiny. `contract.ts` holds the schemas and is checked against these lists.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'domains:list',
  'domains:create',
  'domains:rename',
  'domains:duplicate',
  'domains:delete',
  'drafts:get',
  'drafts:save',
  'secrets:status',
  'secrets:set',
  'secrets:clear',
  'connection:test',
  'domain:pull',
  'publish:plan',
  'publish:apply',
  'publish:resolve',
  'history:list',
  'history:restore',
  'harness:samples',
  'harness:samples-save',
  'harness:samples-import',
  'harness:preview',
  'harness:fire',
  'harness:receiver-status',
  'harness:receiver-start',
  'harness:receiver-stop',
  'harness:receiver-routes',
  'harness:receiver-api',
  'harness:inbox',
  'harness:replay',
  'harness:notify',
  'harness:round-trip',
  'harness:batch-start',
  'harness:batch-cancel',
  'harness:batch-result',
  'harness:batch-export',
  'harness:history',
  'files:take-opened',
  'settings:get',
  'settings:set',
  'openapi:get',
  'openapi:import',
  'openapi:bind',
  'openapi:remove',
  'openapi:reference',
  'network:get',
  'network:set',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Events the host pushes to the UI. */
export const EVENT_NAMES = ['store:problem', 'harness:progress', 'files:opened'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

import type { ChannelResult } from '../../../shared/bridge/contract';
import type { DeliveryTraceView, NotifyOutcome } from '../../../shared/bridge/harness-schemas';
import type { DomainDraft } from '../../../shared/model/draft';
import { builtinSamples, identifierCheck } from '../../../shared/samples';
import type { FakeHost } from './fake-host';

/** A draft with a profile webhook: two request parameters, two response parameters, an identifier. */
export function withProfileWebhook(draft: DomainDraft): DomainDraft {
  const row = (id: string, api_field: string, mangoapps_field: string) => ({
    id,
    api_field,
    mangoapps_field,
  });
  return {
    ...draft,
    config: {
      ...draft.config,
      profile: {
        outgoing: {
          triggers: ['create_user', 'update_user_profile'],
          post_url: 'https://hr.example.com/hooks/mangoapps',
          request_parameters: [row('q1', 'employeeNumber', 'employee_id'), row('q2', 'jobTitle', 'title')],
          response_parameters: [row('r1', 'data.workerId', 'desk_extension'), row('r2', 'title', 'title')],
        },
        incoming: {
          notify_url: null,
          input_parameters: [
            { ...row('i1', 'employeeNumber', 'employee_id'), identifier: true },
            { ...row('i2', 'jobTitle', 'title'), identifier: false },
          ],
        },
      },
    },
  };
}

/** The samples state the host returns for the built-ins, checked on employee_id. */
export function samplesState(samples = builtinSamples()): ChannelResult<'harness:samples'> {
  return {
    samples,
    identifier: {
      profile: identifierCheck(
        samples.filter((s) => s.kind === 'profile'),
        'employee_id',
      ),
      location: null,
    },
  };
}

/** A host with one drafted domain and the built-in samples behind `harness:samples`. */
export function harnessHost(host: FakeHost, edit: (d: DomainDraft) => DomainDraft = (d) => d): DomainDraft {
  const domain = host.addDomain('acme', (d) => edit(withProfileWebhook(d)));
  host.override('harness:samples', () => samplesState());
  return domain;
}

/** The local domain's answer to a notify that found Priya Raman and changed nothing (or what `changed` says). */
export function priyaMatched(
  changed: Pick<NotifyOutcome, 'updatedFields' | 'changes'> = { updatedFields: [] },
): NotifyOutcome {
  return {
    ok: true,
    url: 'http://127.0.0.1:4200/api/webhooks/profile/notify/•••.json',
    target: 'local',
    payload: {},
    status: 200,
    ms: 9,
    matched: { kind: 'user', id: 'sample-priya', label: 'Priya Raman' },
    ...changed,
  };
}

/** A delivery the local receiver had no route for: the host names the missing route, not the mapping. */
export function noRouteTrace(url: string): DeliveryTraceView {
  const path = new URL(url).pathname;
  return {
    ...flaggedTrace(url),
    failure: {
      step: 'write_back',
      kind: 'no_route',
      message: `The local receiver has no route for POST ${path}, so its default answer holds none of the response parameters. A route for this path is missing, not the mapping: add one under Test › Local receiver.`,
    },
  };
}

/** A delivery whose answer lacks one response field and blanks another: every write-back flag shows. */
export function flaggedTrace(url: string): DeliveryTraceView {
  return {
    deliveryId: 'd-1',
    event: 'create_user',
    trigger: 'create_user',
    sampleId: 'sample-priya',
    url,
    ok: false,
    status: 201,
    failure: {
      step: 'write_back',
      kind: 'missing_field',
      message: 'The answer has no "data.workerId" field: check the response parameters\' API field names.',
    },
    ms: 12.3,
    steps: [
      { step: 'token', status: 'obtained', ms: 4.2 },
      {
        step: 'request',
        method: 'POST',
        url,
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer •••' },
        body: '{"employeeNumber":"E1001","jobTitle":"VP Engineering"}',
        bytes: 54,
      },
      {
        step: 'response',
        status: 201,
        headers: { 'content-type': 'application/json' },
        body: '{"title":""}',
        ms: 6,
      },
      {
        step: 'write_back',
        missing: [],
        preview: [
          {
            rowId: 'r1',
            api_field: 'data.workerId',
            key: 'desk_extension',
            label: 'Desk Extension',
            current: '4201',
            next: '4201',
            flags: { blanks: false, overwritesSent: false, missing: true, unchanged: false },
          },
          {
            rowId: 'r2',
            api_field: 'title',
            key: 'title',
            label: 'Job Title',
            current: 'VP Engineering',
            next: null,
            flags: { blanks: true, overwritesSent: true, missing: false, unchanged: false },
          },
        ],
      },
    ],
  };
}

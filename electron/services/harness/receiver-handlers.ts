import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/bridge/envelope';
import type { HarnessContext, HarnessHandlers } from './context';
import { draftOf, hostOf, needsConfirmation, unconfirmedHost } from './context';
import { exchangeFromReplay } from './engine';

type ReceiverChannels =
  | 'harness:receiver-status'
  | 'harness:receiver-start'
  | 'harness:receiver-stop'
  | 'harness:receiver-routes'
  | 'harness:receiver-api'
  | 'harness:inbox'
  | 'harness:replay';

/** The local receiver: start, stop, scripted routes, the inbox, and replay (edited or not). */
export function createReceiverHandlers(ctx: HarnessContext): Pick<HarnessHandlers, ReceiverChannels> {
  return {
    'harness:receiver-status': async () => ctx.receiver.status(),
    'harness:receiver-start': async () => {
      await ctx.receiver.ensure();
      return ctx.receiver.status();
    },
    'harness:receiver-stop': async () => {
      await ctx.receiver.stop();
      return ctx.receiver.status();
    },
    'harness:receiver-routes': async ({ routes }) => {
      const keys = routes.map((r) => `${r.method.toUpperCase()} ${r.path}`);
      const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
      if (repeated) throw new AppError('invalid_input', `Two routes answer ${repeated}; keep one.`);
      ctx.receiver.setRoutes(routes);
      return ctx.receiver.status();
    },
    'harness:receiver-api': async ({ id, on }) => {
      draftOf(ctx, id);
      if (!on) {
        await ctx.receiver.setApi(null);
        return ctx.receiver.status();
      }
      const api = await ctx.api(id);
      if (!api || api.contracts.length === 0)
        throw new AppError(
          'invalid_input',
          api
            ? `The API description "${api.title}" has no POST operation to answer.`
            : 'This domain has no API description: import one on the API description tab first.',
        );
      await ctx.receiver.setApi({ domainId: id, title: api.title, contracts: api.contracts });
      await ctx.receiver.ensure();
      return ctx.receiver.status();
    },
    'harness:inbox': async ({ clear }) => ctx.receiver.inbox(clear),

    async 'harness:replay'({ id, entry_id, url, method, headers, body, confirm_host }) {
      draftOf(ctx, id);
      const receiver = ctx.receiver.current;
      if (!receiver) throw new AppError('invalid_input', 'The receiver is stopped; its inbox went with it.');
      const entry = receiver.inbox.get(entry_id);
      if (!entry) throw new AppError('not_found', 'That request is no longer in the inbox.');
      const target = url?.trim() || `${receiver.url}${entry.path}`;
      const host = await unconfirmedHost(ctx, id, [target], confirm_host);
      if (host) {
        const request = { method: method ?? entry.method, url: target, headers: {}, body: '' };
        return { ok: false, request, failure: needsConfirmation(host) };
      }
      const result = await receiver.replay(entry_id, {
        url: target,
        ...(method ? { method: method.toUpperCase() } : {}),
        ...(headers ? { headers } : {}),
        ...(body !== undefined ? { body } : {}),
        confirmHost: hostOf(target) ?? '',
      });
      (await ctx.logs.get(id)).record(exchangeFromReplay(result, ctx.now().toISOString(), randomUUID()));
      return result;
    },
  };
}

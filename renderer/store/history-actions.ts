import type { WebhookKind } from '../../shared/model/webhook-kinds';
import { call } from '../bridge';

/** The live versions the domain keeps of one webhook, newest first, with notes published from here. */
export const loadDomainVersions = (id: string, kind: WebhookKind) => call('history:versions', { id, kind });

/** One live version's configuration as the domain keeps it. */
export const loadVersionContent = (id: string, kind: WebhookKind, version: number) =>
  call('history:version', { id, kind, version });

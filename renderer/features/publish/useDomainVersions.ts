import { useCallback, useEffect, useState } from 'react';
import type { ChannelResult } from '../../../shared/bridge/contract';
import type { WebhookContent } from '../../../shared/model/remote';
import { WEBHOOK_KINDS, type WebhookKind } from '../../../shared/model/webhook-kinds';
import { errorMessage } from '../../bridge';
import { loadDomainVersions, loadVersionContent } from '../../store/history-actions';

/** One live version the domain keeps. */
export type DomainVersion = ChannelResult<'history:versions'>[number];

/** The domain's versions of both webhooks, or why they could not be read. */
export type VersionsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; versions: Record<WebhookKind, DomainVersion[]> };

/** Reads the domain's version lists of both webhooks; `reload` reads them again. */
export function useDomainVersions(domainId: string | null) {
  const [round, setRound] = useState(0);
  const key = `${domainId}#${round}`;
  // Keyed by domain and round: a result for an earlier key reads as still loading, with no reset needed.
  const [result, setResult] = useState<{ key: string; state: VersionsState } | null>(null);
  useEffect(() => {
    if (!domainId) return;
    let live = true;
    const done = (state: VersionsState) => live && setResult({ key, state });
    Promise.all(WEBHOOK_KINDS.map((kind) => loadDomainVersions(domainId, kind)))
      .then(([profile = [], location = []]) => done({ status: 'ready', versions: { profile, location } }))
      .catch((err: unknown) => done({ status: 'error', message: errorMessage(err) }));
    return () => {
      live = false;
    };
  }, [domainId, key]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const state: VersionsState = result?.key === key ? result.state : { status: 'loading' };
  return { state, reload };
}

/** One version's configuration, read once per version shown; null while it loads. */
export function useVersionContent(domainId: string, kind: WebhookKind, version: number | null) {
  const [result, setResult] = useState<
    { version: number; content: WebhookContent } | { version: number; error: string } | null
  >(null);
  useEffect(() => {
    if (version === null) return;
    let live = true;
    loadVersionContent(domainId, kind, version)
      .then((r) => live && setResult(r))
      .catch((err: unknown) => live && setResult({ version, error: errorMessage(err) }));
    return () => {
      live = false;
    };
  }, [domainId, kind, version]);
  return result?.version === version ? result : null;
}

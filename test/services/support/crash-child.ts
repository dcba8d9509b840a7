import { openDraftStore } from '../../../electron/services/storage/draft-store';
import { newDraft } from '../../../shared/model/draft';

/**
 * Saves one draft through the real draft store in a loop until killed, printing `saved <base_url>` after
 * each save resolved, so the parent knows which saves were acknowledged. Run as a bundle by the crash test.
 */
const dataDir = process.argv[2] as string;
const store = await openDraftStore({ dataDir });
const draft = store.get('crash') ?? newDraft('crash', 'crash', '', new Date().toISOString());
for (let n = 1; ; n++) {
  draft.base_url = `https://v${Date.now()}-${n}.example.com`;
  draft.config.profile.outgoing.post_url = `https://hr.example.com/${'x'.repeat(n % 500)}`;
  await store.put(draft);
  process.stdout.write(`saved ${draft.base_url}\n`);
}

import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A Postman v2.1 collection with one POST per body, as MangoApps sends them; returns its path. */
export function writeCollection(dir: string, url: string, bodies: readonly string[]): string {
  const file = path.join(dir, 'deliveries.postman_collection.json');
  const collection = {
    info: {
      name: 'Webhook Studio deliveries',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    item: bodies.map((body, i) => ({
      name: `delivery ${i + 1}`,
      request: {
        method: 'POST',
        url,
        header: [
          { key: 'Content-Type', value: 'application/json' },
          { key: 'Accept', value: 'application/json' },
          { key: 'X-MangoApps-Event', value: 'create_user' },
          { key: 'X-MangoApps-Delivery', value: '{{$guid}}' },
        ],
        body: { mode: 'raw', raw: body },
      },
    })),
  };
  writeFileSync(file, JSON.stringify(collection));
  return file;
}

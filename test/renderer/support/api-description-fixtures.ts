import type { StoredDescription } from '../../../shared/bridge/contract-openapi';
import { hrOpenapi30, indexOf } from '../../unit/openapi-fixture';

/** The fingerprint the stored HR description carries. */
export const HR_FINGERPRINT = `sha256:${'0'.repeat(64)}`;

/** The HR system's OpenAPI 3.0 description as the host stores it after importing `hr.json`. */
export function hrDescription(): StoredDescription {
  return {
    source: { kind: 'file', location: 'hr.json' },
    fingerprint: HR_FINGERPRINT,
    imported_at: '2026-01-01T00:00:00.000Z',
    spec: 'openapi-3.0',
    size: 100,
    index: indexOf(hrOpenapi30),
  };
}

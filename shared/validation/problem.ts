import type { WebhookKind } from '../model/field-catalogue';
import type { MappingTable } from '../model/webhook';

/**
 * One thing wrong (error: the server would refuse it) or suspicious (warning: accepted, likely a mistake)
 * in a draft. `path` uses the contract's field names, e.g. `profile.outgoing.request_parameters[3].api_field`,
 * so it reads the same as the server's 422 `details`.
 */
export interface Problem {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  /** Where the UI should jump to. */
  at: ProblemLocation;
}

/** The spot in the editor a problem belongs to. */
export type ProblemLocation =
  | { section: 'triggers' | 'post_url'; kind: WebhookKind }
  | {
      section: 'table';
      kind: WebhookKind;
      table: MappingTable;
      rowId?: string;
      field?: 'api_field' | 'mangoapps_field' | 'identifier';
    }
  | { section: 'security'; field: 'token_url' | 'username' | 'password' }
  | { section: 'domain'; field: 'name' | 'base_url' };

import * as z from 'zod';

/** Error codes every transport uses; services pick the most precise one. */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'network',
  'timeout',
  'remote_error',
  'validation_failed',
  'storage',
  'secrets_unavailable',
  'cancelled',
  'needs_confirmation',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure that survives IPC and HTTP: thrown errors lose their shape, this does not. */
export const BridgeErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type BridgeError = z.infer<typeof BridgeErrorSchema>;

/** The result of every bridge call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** An error a service throws on purpose; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: BridgeError['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/**
 * The UI's Content-Security-Policy (Electron checklist #7, "Define a Content Security Policy"), one policy
 * for both shells: only the app's own scripts, no framing, no base or form redirection, fetch and events
 * only back to the host. Sent as a response header by the `app://` protocol and by the browser shell.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

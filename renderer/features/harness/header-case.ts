/** Words written in their own case in header names (X-MangoApps-Event, WWW-Authenticate). */
const WORDS: Record<string, string> = { mangoapps: 'MangoApps', www: 'WWW', id: 'ID' };

/** A header name as senders write it (Content-Type), for names the receiver hands over in lower case. */
export function headerCase(name: string): string {
  return name
    .split('-')
    .map((word) => WORDS[word.toLowerCase()] ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join('-');
}

/** Headers with their names in the usual case, so the inbox reads like the request preview. */
export function withHeaderCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [headerCase(name), value]));
}

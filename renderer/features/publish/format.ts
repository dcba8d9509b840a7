import type { WebhookKind } from '../../../shared/model/field-catalogue';

/** "Profile webhook" / "Location webhook", as the editor's tabs name them. */
export function kindTitle(kind: WebhookKind): string {
  return kind === 'profile' ? 'Profile webhook' : 'Location webhook';
}

/** A date and time in the admin's locale; the raw text when it is not a date. */
export function when(iso: string | null | undefined): string {
  if (!iso) return 'an unknown time';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

import type { BodyProperty, ResponsePath } from '../../../shared/openapi/types';

const MAX_OPTIONS = 2_000;

function describe(p: BodyProperty): string {
  const type = [p.type, p.format].filter(Boolean).join(', ');
  const parts = [
    type,
    p.required ? 'required' : '',
    p.enum ? `one of ${p.enum.map(String).join(' | ')}` : '',
    p.description ?? '',
  ];
  return parts
    .filter((x) => x !== '')
    .join(' · ')
    .slice(0, 200);
}

/**
 * The API Field autocomplete of one table: the request body's top-level properties (type, format,
 * required, enum, description) or the success response's dotted paths, as a native datalist.
 */
export function ApiFieldOptions({
  id,
  request,
  response,
}: {
  id: string;
  request?: readonly BodyProperty[];
  response?: readonly ResponsePath[];
}) {
  return (
    <datalist id={id}>
      {request?.slice(0, MAX_OPTIONS).map((p) => (
        <option key={p.name} value={p.name} label={describe(p)} />
      ))}
      {response?.slice(0, MAX_OPTIONS).map((p) => (
        <option
          key={p.path}
          value={p.path}
          label={[p.type, p.format, p.description].filter(Boolean).join(' · ').slice(0, 200)}
        />
      ))}
    </datalist>
  );
}

import type { InputHTMLAttributes } from 'react';
import { IconButton } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { CodeField } from './CodeField';
import type { RouteDraft } from './route-draft';

const METHODS = ['POST', 'PUT', 'PATCH', 'GET', '*'].map((m) => ({ value: m, label: m === '*' ? 'any' : m }));

/** One route: method, path, status, delay and a JSON body template with {{field}} placeholders. */
export function RouteRow({
  n,
  route,
  onChange,
  onRemove,
}: {
  n: number;
  route: RouteDraft;
  onChange(route: RouteDraft): void;
  onRemove(): void;
}) {
  const id = (f: string) => `route-${route.key}-${f}`;
  const set = (patch: Partial<RouteDraft>) => onChange({ ...route, ...patch });
  return (
    <li className="route-row">
      <div className="route-fields">
        <SelectField
          id={id('method')}
          label="Method"
          aria-label={`Method, route ${n}`}
          value={route.method}
          options={METHODS}
          onValue={(method) => set({ method })}
        />
        <RouteInput route={route} n={n} part="path" label="Path" onValue={set} spellCheck={false} />
        <RouteInput route={route} n={n} part="status" label="Status" onValue={set} inputMode="numeric" />
        <RouteInput route={route} n={n} part="delay" label="Delay (ms)" onValue={set} inputMode="numeric" />
        <IconButton icon="trash" label={`Remove route ${n}`} className="btn-remove" onClick={onRemove} />
      </div>
      <CodeField
        id={id('body')}
        label="Body template"
        ariaLabel={`Body template, route ${n}`}
        rows={4}
        value={route.body}
        onValue={(body) => set({ body })}
      />
    </li>
  );
}

/** One of a route's one-line parts, named with its route's number for screen readers. */
function RouteInput({
  route,
  n,
  part,
  label,
  onValue,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> & {
  route: RouteDraft;
  n: number;
  part: 'path' | 'status' | 'delay';
  label: string;
  onValue(patch: Partial<RouteDraft>): void;
}) {
  const id = `route-${route.key}-${part}`;
  return (
    <div className={part === 'path' ? 'form-field route-path' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-label={`${label}, route ${n}`}
        className="input"
        value={route[part]}
        onChange={(e) => onValue({ [part]: e.target.value })}
        {...rest}
      />
    </div>
  );
}

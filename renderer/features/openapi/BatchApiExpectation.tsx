import { useApiDescription } from './useApiDescription';
import { useLoadedApiDescription } from './useLoadedApiDescription';

/** The batch's "request valid per the API description" expectation; shown only with a description. */
export function BatchApiExpectation({
  domainId,
  checked,
  onChange,
}: {
  domainId: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  useLoadedApiDescription(domainId || null);
  const has = useApiDescription((s) => s.domainId === domainId && s.description !== null);
  if (!has) return null;
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      Expect each request valid per the API description (violations listed per delivery)
    </label>
  );
}

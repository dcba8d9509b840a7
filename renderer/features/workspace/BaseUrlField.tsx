import { TextField } from '../../components/TextField';
import { setBaseUrl } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { typingGroup } from '../../store/text-edit';
import { FIELD_HELP } from '../editor/portal-help';
import { problemsAt, spotKey } from '../problems/problem-index';
import { fieldId } from '../problems/targets';
import { useProblems } from '../problems/useProblems';

/** The domain's address, e.g. https://acme.mangoapps.com (empty until the admin sets it). */
export function BaseUrlField() {
  const value = useApp((s) => s.draft?.base_url ?? '');
  const edit = useApp((s) => s.edit);
  const problems = problemsAt(useProblems(), spotKey({ section: 'domain', field: 'base_url' }));
  const id = fieldId({ section: 'domain', field: 'base_url' });
  return (
    <TextField
      id={id}
      className="base-url"
      label="Domain URL"
      type="url"
      placeholder="https://acme.mangoapps.com"
      value={value}
      title={FIELD_HELP.domain_url}
      problems={problems}
      onValue={(url) => edit((d) => setBaseUrl(d, url), typingGroup(id, url))}
    />
  );
}

import type { WebhookKind } from '../../../shared/model/field-catalogue';
import { TextField } from '../../components/TextField';
import { setPostUrl } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { typingGroup } from '../../store/text-edit';
import { problemsAt, spotKey } from '../problems/problem-index';
import { fieldId } from '../problems/targets';
import { useProblems } from '../problems/useProblems';
import { FIELD_HELP } from './portal-help';

/** The third party's endpoint that receives every enabled trigger. */
export function PostUrlField({ kind }: { kind: WebhookKind }) {
  const value = useApp((s) => s.draft?.config[kind].outgoing.post_url ?? '');
  const edit = useApp((s) => s.edit);
  const problems = problemsAt(useProblems(), spotKey({ section: 'post_url', kind }));
  const id = fieldId({ section: 'post_url', kind });
  return (
    <TextField
      id={id}
      label="Post to URL"
      type="url"
      inputMode="url"
      placeholder="https://hr.example.com/hooks/mangoapps"
      hint={FIELD_HELP.post_url}
      value={value}
      problems={problems}
      onValue={(url) => edit((d) => setPostUrl(d, kind, url), typingGroup(id, url))}
    />
  );
}

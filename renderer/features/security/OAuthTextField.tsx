import { TextField } from '../../components/TextField';
import { setOAuthField } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { typingGroup } from '../../store/text-edit';
import { problemsAt, spotKey, type ProblemIndex } from '../problems/problem-index';
import { fieldId } from '../problems/targets';
import { useShownProblems } from '../problems/useTouched';

/**
 * One OAuth text setting, saved into the draft as it is typed. Its messages show once it was edited or
 * left, not the moment OAuth is switched on.
 */
export function OAuthTextField({
  field,
  label,
  value,
  hint,
  problems,
  type,
  placeholder,
}: {
  field: 'token_url' | 'username';
  label: string;
  value: string;
  hint: string;
  problems: ProblemIndex;
  type?: 'url';
  placeholder?: string;
}) {
  const edit = useApp((s) => s.edit);
  const touch = useApp((s) => s.touchSpot);
  const id = fieldId({ section: 'security', field });
  const spot = spotKey({ section: 'security', field });
  const shown = useShownProblems(spot, problemsAt(problems, spot));
  return (
    <TextField
      id={id}
      label={label}
      {...(type ? { type } : {})}
      placeholder={placeholder}
      value={value}
      hint={hint}
      problems={shown}
      onBlur={() => touch(spot)}
      onValue={(v) => {
        touch(spot);
        edit((d) => setOAuthField(d, field, v), typingGroup(id, v));
      }}
    />
  );
}

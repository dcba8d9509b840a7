import { setJit } from '../../store/draft-edits';
import { useApp } from '../../store/store-context';
import { FIELD_HELP } from './portal-help';

/** Just-in-time provisioning: create MangoApps accounts at first login (Profile webhook only). */
export function JitToggle() {
  const on = useApp((s) => s.draft?.config.jit_provisioning ?? false);
  const edit = useApp((s) => s.edit);
  return (
    <div className="form-field">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby="jit-hint"
          onChange={(e) => edit((d) => setJit(d, e.target.checked))}
        />
        <span className="switch-track" aria-hidden="true" />
        JIT provisioning
      </label>
      <div id="jit-hint" className="field-hint">
        {FIELD_HELP.jit}
      </div>
    </div>
  );
}

import { DENSITIES, THEMES } from '../../../shared/bridge/settings-values';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { useApp } from '../../store/store-context';

const THEME_LABELS = { system: 'As the system', light: 'Light', dark: 'Dark' } as const;
const DENSITY_LABELS = { comfortable: 'Comfortable', compact: 'Compact' } as const;
const THEME_OPTIONS = THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }));
const DENSITY_OPTIONS = DENSITIES.map((d) => ({ value: d, label: DENSITY_LABELS[d] }));

/** Theme and density, kept in the host's settings store so every window and restart agrees. */
export function AppSettingsPanel() {
  const settings = useApp((s) => s.settings);
  const change = useApp((s) => s.changeSettings);
  const openShortcuts = useApp((s) => s.setShortcutsOpen);
  return (
    <section className="app-settings" aria-labelledby="app-settings-heading">
      <h2 id="app-settings-heading">Appearance</h2>
      <SelectField
        className="app-setting"
        id="setting-theme"
        label="Theme"
        value={settings?.theme ?? 'system'}
        options={THEME_OPTIONS}
        disabled={!settings}
        onValue={(theme) => void change({ theme })}
      />
      <SelectField
        className="app-setting"
        id="setting-density"
        label="Density"
        value={settings?.density ?? 'comfortable'}
        options={DENSITY_OPTIONS}
        disabled={!settings}
        onValue={(density) => void change({ density })}
      />
      <Button variant="ghost" aria-keyshortcuts="?" onClick={() => openShortcuts(true)}>
        Keyboard shortcuts (?)
      </Button>
    </section>
  );
}

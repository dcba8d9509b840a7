import { DENSITIES, THEMES } from '../../../shared/bridge/settings-values';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';

const THEME_LABELS = { system: 'As the system', light: 'Light', dark: 'Dark' } as const;
const DENSITY_LABELS = { comfortable: 'Comfortable', compact: 'Compact' } as const;

/** Theme and density, kept in the host's settings store so every window and restart agrees. */
export function AppSettingsPanel() {
  const settings = useApp((s) => s.settings);
  const change = useApp((s) => s.changeSettings);
  const openShortcuts = useApp((s) => s.setShortcutsOpen);
  return (
    <section className="app-settings" aria-labelledby="app-settings-heading">
      <h2 id="app-settings-heading">Appearance</h2>
      <div className="app-setting">
        <label htmlFor="setting-theme">Theme</label>
        <select
          id="setting-theme"
          className="input"
          value={settings?.theme ?? 'system'}
          disabled={!settings}
          onChange={(e) => void change({ theme: THEMES.find((t) => t === e.target.value) ?? 'system' })}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="app-setting">
        <label htmlFor="setting-density">Density</label>
        <select
          id="setting-density"
          className="input"
          value={settings?.density ?? 'comfortable'}
          disabled={!settings}
          onChange={(e) =>
            void change({ density: DENSITIES.find((d) => d === e.target.value) ?? 'comfortable' })
          }
        >
          {DENSITIES.map((d) => (
            <option key={d} value={d}>
              {DENSITY_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <Button variant="ghost" aria-keyshortcuts="?" onClick={() => openShortcuts(true)}>
        Keyboard shortcuts (?)
      </Button>
    </section>
  );
}

import ElectronStore from 'electron-store';
import { SETTINGS_NAME, settingsStoreOptions } from '../services/storage/settings-store';
import type { Settings, SettingsFactory } from '../services/storage/settings-store';

/**
 * The Electron side of the settings interface: electron-store with the same schema, defaults and
 * migrations the browser shell gives `conf`, so one data directory reads the same in both shells.
 */
export const electronSettingsFactory: SettingsFactory = (cwd) =>
  new ElectronStore<Settings>({ ...settingsStoreOptions, cwd, name: SETTINGS_NAME });

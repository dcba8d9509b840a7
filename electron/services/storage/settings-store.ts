import { promises as fs } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { Options as ConfOptions } from 'conf';
import * as z from 'zod';
import type { StoreProblem } from '../../../shared/bridge/contract';
import { describeIssues } from '../bridge/issues';
import { readTextIfExists, writeFileAtomic } from './atomic-file';
import { loadDocument, type DamageWording } from './json-document';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-modes';
import { QUARANTINE_DIR, quarantineFile } from './quarantine';

/** App settings that are not part of any draft. */
export type Settings = {
  /** Domain ids in the order the admin arranged them; domains not listed follow, by name. */
  domain_order: string[];
  /** The domain the admin had open last, or null. */
  last_domain_id: string | null;
  /** Light, dark or the OS's scheme. */
  theme: 'system' | 'light' | 'dark';
  /** Row density of the editor. */
  density: 'comfortable' | 'compact';
  /** The desktop window's size and place when it last closed; null until then. */
  window_bounds: WindowBounds | null;
  /** Proxy and trust settings (the proxy password lives in the secret vault). */
  network: NetworkSettings;
};

/** Stored network settings: the proxy and an extra CA file. */
export type NetworkSettings = {
  mode: 'auto' | 'manual' | 'direct';
  url: string;
  bypass: string;
  username: string;
  proxy_loopback: boolean;
  ca_file: string | null;
};

/** Network defaults: the environment's (and, on the desktop, the OS's) proxy, no extra CA. */
export const NETWORK_DEFAULTS: NetworkSettings = {
  mode: 'auto',
  url: '',
  bypass: '',
  username: '',
  proxy_loopback: false,
  ca_file: null,
};

/** A window's place and size in screen pixels. */
export type WindowBounds = { x: number; y: number; width: number; height: number };

/** The one interface both shells implement: `conf` under plain Node, `electron-store` in Electron. */
export interface KeyValueStore<T> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
}

/** Builds a settings store in `cwd`; the Electron shell passes one that returns an electron-store. */
export type SettingsFactory = (cwd: string) => KeyValueStore<Settings>;

/** Base name (without .json) of the settings file in the data directory. */
export const SETTINGS_NAME = 'settings';

/** Settings format version; migrations are keyed by it, not by the app version, so both shells agree. */
export const SETTINGS_VERSION = '1.0.0';

/** Defaults for a fresh install (and after a corrupt settings file was moved aside). */
export const SETTINGS_DEFAULTS: Settings = {
  domain_order: [],
  last_domain_id: null,
  theme: 'system',
  density: 'comfortable',
  window_bounds: null,
  network: NETWORK_DEFAULTS,
};

/**
 * Options shared by `new Conf({...settingsStoreOptions, cwd, configName: SETTINGS_NAME})` and
 * `new ElectronStore({...settingsStoreOptions, cwd, name: SETTINGS_NAME})`: same schema, defaults and
 * migrations in both shells. An invalid file throws instead of being silently cleared, so it can be
 * moved aside and reported.
 */
export const settingsStoreOptions: Readonly<
  Pick<
    ConfOptions<Settings>,
    | 'schema'
    | 'defaults'
    | 'projectVersion'
    | 'migrations'
    | 'clearInvalidConfig'
    | 'accessPropertiesByDotNotation'
    | 'configFileMode'
  >
> = {
  schema: {
    domain_order: { type: 'array', items: { type: 'string' } },
    last_domain_id: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    theme: { enum: ['system', 'light', 'dark'] },
    density: { enum: ['comfortable', 'compact'] },
    window_bounds: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          properties: {
            x: { type: 'integer' },
            y: { type: 'integer' },
            width: { type: 'integer', minimum: 200, maximum: 20000 },
            height: { type: 'integer', minimum: 200, maximum: 20000 },
          },
          required: ['x', 'y', 'width', 'height'],
          additionalProperties: false,
        },
      ],
    },
    network: {
      type: 'object',
      properties: {
        mode: { enum: ['auto', 'manual', 'direct'] },
        url: { type: 'string', maxLength: 2000 },
        bypass: { type: 'string', maxLength: 4000 },
        username: { type: 'string', maxLength: 200 },
        proxy_loopback: { type: 'boolean' },
        ca_file: { anyOf: [{ type: 'string', maxLength: 4096 }, { type: 'null' }] },
      },
    },
  },
  defaults: SETTINGS_DEFAULTS,
  projectVersion: SETTINGS_VERSION,
  migrations: {
    // The first format; later formats add their steps here.
    [SETTINGS_VERSION]: () => undefined,
  },
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  // Owner-only, like every file in the data folder.
  configFileMode: PRIVATE_FILE_MODE,
};

/** The settings store under plain Node (browser shell, tests), backed by `conf`. */
export const confSettingsFactory: SettingsFactory = (cwd) =>
  new Conf<Settings>({ ...settingsStoreOptions, cwd, configName: SETTINGS_NAME });

/** An in-memory settings store, for tests and for callers that persist nothing. */
export function memorySettings(initial: Partial<Settings> = {}): KeyValueStore<Settings> {
  const values: Settings = { ...structuredClone(SETTINGS_DEFAULTS), ...initial };
  return {
    get: (key) => structuredClone(values[key]),
    set: (key, value) => {
      values[key] = structuredClone(value);
    },
  };
}

/** What a settings file must look like before conf sees it (conf rewrites a file while migrating). */
const SettingsFileSchema = z
  .object({
    domain_order: z.array(z.string()),
    last_domain_id: z.string().nullable(),
    theme: z.enum(['system', 'light', 'dark']),
    density: z.enum(['comfortable', 'compact']),
    window_bounds: z
      .object({
        x: z.int(),
        y: z.int(),
        width: z.int().min(200).max(20000),
        height: z.int().min(200).max(20000),
      })
      .nullable(),
    network: z
      .object({
        mode: z.enum(['auto', 'manual', 'direct']),
        url: z.string(),
        bypass: z.string(),
        username: z.string(),
        proxy_loopback: z.boolean(),
        ca_file: z.string().nullable(),
      })
      .partial(),
  })
  .partial()
  .loose();

/**
 * Opens the settings store; when its file cannot be read (bad JSON, schema violation, failed
 * migration) the file is moved to the quarantine folder, reported, and the store starts from defaults.
 * The file is checked before conf opens it, and its original bytes are what gets kept aside, because
 * conf writes defaults into the file before it validates it.
 */
export async function openSettingsStore(options: {
  dataDir: string;
  factory?: SettingsFactory;
  now?: () => Date;
}): Promise<{ store: KeyValueStore<Settings>; problems: StoreProblem[] }> {
  const factory = options.factory ?? confSettingsFactory;
  const file = path.join(options.dataDir, `${SETTINGS_NAME}.json`);
  const quarantineDir = path.join(options.dataDir, QUARANTINE_DIR);
  const quarantine = (reason: string) =>
    quarantineFile(file, quarantineDir, reason, options.now?.() ?? new Date());
  await fs.mkdir(options.dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });

  // Checked as every stored document is (a regular file, strict UTF-8, its schema) before conf sees it.
  const checked = await loadDocument(file, {
    schema: SettingsFileSchema,
    quarantineDir,
    wording: SETTINGS_WORDING,
    now: options.now,
  });
  if (checked.problem) return { store: factory(options.dataDir), problems: [checked.problem] };
  const original = checked.value === undefined ? undefined : await readTextIfExists(file);
  try {
    return { store: factory(options.dataDir), problems: [] };
  } catch (error) {
    // Only a file that exists can be the cause worth moving aside; anything else (permissions) is fatal.
    if (original === undefined) throw error;
    await writeFileAtomic(file, original);
    const problem = await quarantine(describeSettingsError(error));
    return { store: factory(options.dataDir), problems: [problem] };
  }
}

/** How damage to the settings file is worded. */
const SETTINGS_WORDING: DamageWording = {
  notAFile: (kind) =>
    `${kind === 'directory' ? 'a directory' : 'a link or special file'}, not a settings file`,
  unreadable: (reason) => reason,
  invalid: (error) => `not valid settings (${describeIssues(error)})`,
};

function describeSettingsError(error: unknown): string {
  if (error instanceof Error && error.message.startsWith('Config schema violation:')) {
    return `not valid settings (${error.message.slice('Config schema violation:'.length).trim()})`;
  }
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}

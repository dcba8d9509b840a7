// A stand-in for the `electron` module, used to boot the real main-process bundle under plain Node.
// It records what the shell does and prints it as JSON once the window has loaded its URL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const userData = mkdtempSync(path.join(tmpdir(), 'main-bundle-'));
const record = {
  handles: [],
  removedListeners: [],
  schemes: [],
  protocols: [],
  permissions: 0,
  loaded: null,
  webPreferences: null,
};
const noop = () => undefined;

export const app = {
  enableSandbox: () => (record.sandbox = true),
  requestSingleInstanceLock: () => true,
  on: noop,
  quit: noop,
  exit: (code) => {
    console.log(JSON.stringify({ ...record, exit: code }));
    process.exit(0);
  },
  whenReady: async () => undefined,
  getPath: () => userData,
  getVersion: () => '0.0.0-test',
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record.schemes.push(...schemes.map((s) => s.scheme)),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => record.permissions++,
    setPermissionCheckHandler: () => record.permissions++,
    protocol: { handle: (scheme) => record.protocols.push(scheme) },
  },
};
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => false,
  getSelectedStorageBackend: () => 'basic_text',
};
export const shell = { openExternal: async () => undefined };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const dialog = {
  showErrorBox: (title, message) => {
    console.log(JSON.stringify({ ...record, error: message }));
    process.exit(0);
  },
};
export const ipcMain = {
  handle: (channel) => record.handles.push(channel),
  removeHandler: noop,
  on: noop,
  removeAllListeners: (channel) => record.removedListeners.push(channel),
};
export class BrowserWindow {
  static getAllWindows = () => [];
  webContents = { send: noop };
  constructor(options) {
    record.webPreferences = options.webPreferences;
  }
  once = noop;
  on = noop;
  show = noop;
  async loadURL(url) {
    record.loaded = url;
    console.log(JSON.stringify(record));
    process.exit(0);
  }
}
export default { app, protocol, session, safeStorage, shell, screen, dialog, ipcMain, BrowserWindow };

import { bridge, call } from '../bridge';

/** Hands over the files the OS opened with the app, each exactly once. */
export const takeOpenedFiles = () => call('files:take-opened', {});

/** Calls `listener` whenever the OS opens more files with the app; returns the unsubscribe. */
export const onFilesOpened = (listener: () => void): (() => void) =>
  bridge.subscribe('files:opened', listener);

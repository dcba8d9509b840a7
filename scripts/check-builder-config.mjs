#!/usr/bin/env node
// Validates electron-builder.yml with electron-builder's own configuration loader and schema
// validation (the same calls `electron-builder` makes before building), then checks that the files
// the config names exist. Installers cannot be built on machines without network access, so this is
// what CI can check.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Problems electron-builder's schema does not look at: referenced files and our own requirements. */
export function extraProblems(config, exists = (file) => existsSync(path.join(root, file))) {
  const problems = [];
  const icons = [config.icon, config.win?.icon, config.mac?.icon, config.linux?.icon].filter(Boolean);
  for (const icon of new Set(icons)) if (!exists(icon)) problems.push(`icon ${icon} does not exist`);
  if (!config.appId) problems.push('appId is missing');
  if (config.publish !== null)
    problems.push('publish must be null: releases are never published from a build');
  const targets = (platform) =>
    (config[platform]?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
  for (const [platform, wanted] of [
    ['win', ['nsis']],
    ['mac', ['dmg']],
    ['linux', ['AppImage', 'deb']],
  ]) {
    for (const target of wanted) {
      if (!targets(platform).includes(target)) problems.push(`${platform} does not build ${target}`);
    }
  }
  if (!(config.fileAssociations ?? []).some((association) => association.ext === 'webhook.json')) {
    problems.push('no file association for exported drafts (*.webhook.json)');
  }
  return problems;
}

async function main() {
  // electron-builder's own loader and validator: what `electron-builder --linux` runs before building.
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  const configFile = path.join(root, 'electron-builder.yml');
  const config = await getConfig(root, configFile, null);
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (error) {
    console.error(
      `electron-builder.yml is invalid:\n${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  const problems = extraProblems(config);
  if (problems.length > 0) {
    console.error(`electron-builder.yml:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exit(1);
  }
  console.log('electron-builder.yml is valid (electron-builder schema and project checks).');
}

await main();

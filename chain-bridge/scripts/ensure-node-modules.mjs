#!/usr/bin/env node
// Installs chain-bridge's pinned Node tool chain (solc-js, Hardhat) with `npm ci`
// when node_modules is absent or older than package-lock.json; otherwise does nothing.
// Called by Maven's exec plugin with the chain-bridge directory as working directory,
// but resolves paths from this script's location so it works from anywhere.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(moduleDir, 'package-lock.json');
const installedLock = join(moduleDir, 'node_modules', '.package-lock.json');

if (!existsSync(lockFile)) {
  console.error(`ensure-node-modules: ${lockFile} is missing`);
  process.exit(1);
}

if (existsSync(installedLock) && statSync(installedLock).mtimeMs >= statSync(lockFile).mtimeMs) {
  process.exit(0);
}

console.log('ensure-node-modules: running npm ci in ' + moduleDir);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: moduleDir,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.error) {
  console.error(`ensure-node-modules: cannot run npm: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);

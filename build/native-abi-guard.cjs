// electron-builder rebuilds better-sqlite3 for Electron IN PLACE, in
// node_modules/better-sqlite3 (npmRebuild + @electron/rebuild), before it
// packs the app. That binary is the one the tests, the CLI and the browser
// host load in plain Node, so after `npm run dist` they would all fail with
// NODE_MODULE_VERSION errors. This guard keeps Node's binary aside before the
// rebuild and puts it back after the artifacts are built, and it removes
// @electron/rebuild's `.forge-meta` marker whenever the binary on disk is
// Node's, so that the next packaging run rebuilds instead of shipping a
// Node binary inside the app. It also keeps npm's `nodedir` away from that
// rebuild (see dropNodeHeaderOverrides).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const projectDir = path.dirname(__dirname);
const releaseDir = path.join(projectDir, 'node_modules', 'better-sqlite3', 'build', 'Release');
const binary = path.join(releaseDir, 'better_sqlite3.node');
const forgeMeta = path.join(releaseDir, '.forge-meta');
const backup = path.join(projectDir, '.electron-native', 'node-abi', 'better_sqlite3.node');

/** True when this Node can load the binary, i.e. it is built for Node's ABI. */
function loadsInNode(file) {
  if (!fs.existsSync(file)) return false;
  const probe = `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`;
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

/**
 * npm hands its config to scripts as npm_config_* variables and node-gyp reads
 * them: a `nodedir` (this machine's npmrc sets one) would make
 * @electron/rebuild compile better-sqlite3 against Node's headers, and the app
 * would ship a binary Electron cannot load.
 */
function dropNodeHeaderOverrides(env = process.env) {
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) {
      console.log(`  • ignoring ${key} for the Electron rebuild`);
      delete env[key];
    }
  }
}

function beforeBuild() {
  dropNodeHeaderOverrides();
  if (loadsInNode(binary)) {
    fs.mkdirSync(path.dirname(backup), { recursive: true });
    fs.copyFileSync(binary, backup);
    // A marker next to a Node binary is stale: without this, @electron/rebuild would skip the rebuild.
    fs.rmSync(forgeMeta, { force: true });
  }
  return true; // go on with electron-builder's rebuild
}

function afterAllArtifactBuild() {
  if (!loadsInNode(binary) && loadsInNode(backup)) {
    fs.copyFileSync(backup, binary);
    fs.rmSync(forgeMeta, { force: true });
    console.log('  • restored the Node build of better-sqlite3 in node_modules (the app keeps its Electron build)');
  }
  return [];
}

module.exports = { beforeBuild, afterAllArtifactBuild, dropNodeHeaderOverrides, loadsInNode, paths: { binary, forgeMeta, backup } };

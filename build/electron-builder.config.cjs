// electron-builder configuration: `npm run dist` (build each OS's packages on
// that OS: better-sqlite3 is compiled for Electron at packaging time, and
// electron-builder skips that rebuild when cross-building).
// Asserted by tests/unit/electron-builder-config.test.ts.
'use strict';
const { afterAllArtifactBuild, beforeBuild } = require('./native-abi-guard.cjs');

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.fieldbook.app',
  productName: 'Fieldbook',
  copyright: 'Fieldbook',
  directories: { output: 'out', buildResources: 'build' },
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',

  // The app is what build/build.mjs makes (main, preload, renderer) plus the
  // production dependencies, which electron-builder adds from package.json
  // (better-sqlite3, zod and what they need). Sources of better-sqlite3 and
  // its intermediate build files stay out of the package, and so does the
  // command line's bundle (dist/cli: bin/fieldbook runs it from a checkout).
  files: [
    'dist/**/*',
    '!dist/**/*.map',
    '!dist/cli/**',
    'package.json',
    '!node_modules/better-sqlite3/{deps,src,docs,benchmark}/**',
    '!node_modules/better-sqlite3/build/Release/{obj,obj.target,.deps}/**',
    '!node_modules/better-sqlite3/build/Release/test_extension.node',
    '!node_modules/better-sqlite3/build/{deps,Makefile,config.gypi,*.mk}',
  ],
  asar: true,
  // Native code cannot be loaded from inside the archive.
  asarUnpack: ['**/*.node'],

  // Rebuild native dependencies (better-sqlite3) for Electron's ABI, from
  // source, before packing. native-abi-guard.cjs keeps node_modules' Node
  // build usable for the tests afterwards.
  npmRebuild: true,
  buildDependenciesFromSource: true,
  nodeGypRebuild: false,
  beforeBuild,
  afterAllArtifactBuild,

  // Flipped in the Electron binary right before signing.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/512x512.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'Fieldbook',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.education',
    icon: 'build/icons/512x512.png',
  },
  dmg: { title: 'Fieldbook ${version}' },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Education',
    executableName: 'fieldbook',
    icon: 'build/icons',
    synopsis: 'Offline-first classroom observation, rubric calibration and lesson study',
    description: 'Offline-first classroom observation, rubric calibration and lesson study.',
    // deb requires a maintainer; package.json has no author yet.
    maintainer: 'Fieldbook maintainers <maintainers@fieldbook.invalid>',
    vendor: 'Fieldbook',
  },
  deb: { priority: 'optional' },
};

#!/usr/bin/env node
// Compiles every src/main/solidity/*.sol with the pinned solc-js (standard JSON,
// optimizer on with 200 runs, evmVersion "paris") and writes <outDir>/<Contract>.json:
//   {"contractName","abi","bytecode":"0x…","deployedBytecode":"0x…","solcVersion","evmVersion"}
// Exits 1 with the compiler's messages on any error.
// Usage: node scripts/compile.mjs <outDir>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EVM_VERSION = 'paris';
const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(moduleDir, 'src', 'main', 'solidity');

const outArg = process.argv[2];
if (!outArg) {
  console.error('usage: node scripts/compile.mjs <outDir>');
  process.exit(2);
}
const outDir = resolve(process.cwd(), outArg);

const require = createRequire(import.meta.url);
let solc;
try {
  solc = require('solc');
} catch (e) {
  console.error(`compile: cannot load solc-js (run scripts/ensure-node-modules.mjs first): ${e.message}`);
  process.exit(1);
}

const files = readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort();
if (files.length === 0) {
  console.error(`compile: no .sol files in ${sourceDir}`);
  process.exit(1);
}

const sources = {};
for (const file of files) {
  sources[file] = { content: readFileSync(join(sourceDir, file), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: EVM_VERSION,
    outputSelection: {
      '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
    },
  },
};

function findImports(path) {
  try {
    return { contents: readFileSync(join(sourceDir, path), 'utf8') };
  } catch {
    return { error: `File not found: ${path}` };
  }
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const diagnostics = output.errors ?? [];
const errors = diagnostics.filter((d) => d.severity === 'error');
for (const d of diagnostics) {
  (d.severity === 'error' ? console.error : console.warn)(d.formattedMessage ?? d.message);
}
if (errors.length > 0) {
  console.error(`compile: ${errors.length} error(s); nothing written`);
  process.exit(1);
}

const solcVersion = solc.version();
mkdirSync(outDir, { recursive: true });
let written = 0;
for (const file of files) {
  const contracts = output.contracts?.[file] ?? {};
  for (const [contractName, artefact] of Object.entries(contracts)) {
    const bytecode = artefact.evm?.bytecode?.object ?? '';
    if (bytecode.length === 0) {
      continue; // interfaces and abstract contracts have nothing to deploy
    }
    const json = {
      contractName,
      abi: artefact.abi,
      bytecode: '0x' + bytecode,
      deployedBytecode: '0x' + (artefact.evm?.deployedBytecode?.object ?? ''),
      solcVersion,
      evmVersion: EVM_VERSION,
    };
    writeFileSync(join(outDir, `${contractName}.json`), JSON.stringify(json, null, 2) + '\n');
    written++;
  }
}
console.log(`compile: ${written} contract(s) from ${files.length} file(s) with solc ${solcVersion} -> ${outDir}`);

// Hardhat is used only as a local development chain for tests and demos:
//   node_modules/.bin/hardhat node --hostname 127.0.0.1 --port <port>
// Contracts are compiled by scripts/compile.mjs (pinned solc-js), not by Hardhat.
/** @type {import('hardhat/config').HardhatUserConfig} */
module.exports = {
  networks: {
    hardhat: {
      chainId: 31337,
      mining: { auto: true },
    },
  },
};

// Runs TypeScript entry points directly (SWC, with decorator metadata and the monorepo's path aliases).
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');

import type { Config } from 'jest';
import { readFileSync } from 'node:fs';

// Two tiers: co-located unit specs, and integration specs against the real Postgres, NATS and Redis.
const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const libs = [
  'contracts',
  'config',
  'database',
  'messaging',
  'extraction',
  'rules',
  'webhooks',
  'observability',
  'testing',
];
const moduleNameMapper = Object.fromEntries(
  libs.map((lib) => [`^@marsad/${lib}$`, `<rootDir>/libs/${lib}/src/index.ts`]),
);
const shared: Config = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper,
  testEnvironment: 'node',
  // ESM-only packages that Jest on Node 20 cannot require: compile them like our sources.
  transformIgnorePatterns: ['/node_modules/(?!request-filtering-agent/)'],
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/scripts', '<rootDir>/eval', '<rootDir>/e2e'],
};

const config: Config = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
    },
  ],
};
export default config;

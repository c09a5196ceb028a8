/** Jest: TypeScript through SWC (no type-check here; `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // .mjs: the build scripts' pure modules (scripts/release/) are tested too.
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/global-setup.js',
};

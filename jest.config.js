/**
 * Two projects: the plugin (jsdom; the console SDK replaced by typed stubs in __mocks__/) and
 * the local cluster (node). Add a project here rather than a second config file.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2021',
    },
  },
];

module.exports = {
  projects: [
    {
      displayName: 'plugin',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src', '<rootDir>/scripts'],
      testRegex: '\\.spec\\.(ts|tsx)$',
      setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
      moduleNameMapper: {
        '^@openshift-console/dynamic-plugin-sdk$':
          '<rootDir>/__mocks__/@openshift-console/dynamic-plugin-sdk.tsx',
        '^@shared/(.*)$': '<rootDir>/src/shared/$1',
        '^@snapshots/(.*)$': '<rootDir>/src/snapshots/$1',
        '^@backups/(.*)$': '<rootDir>/src/backups/$1',
        '\\.css$': '<rootDir>/__mocks__/styleMock.js',
      },
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      displayName: 'cluster',
      testEnvironment: 'node',
      roots: ['<rootDir>/preview/cluster'],
      testRegex: '\\.spec\\.ts$',
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: ['<rootDir>/backend'],
      testRegex: '\\.spec\\.ts$',
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      displayName: 'deploy',
      testEnvironment: 'node',
      roots: ['<rootDir>/charts'],
      testRegex: '\\.spec\\.ts$',
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      // The preview console's SDK runtime (browser code: jsdom).
      displayName: 'preview-console',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/preview/console'],
      testRegex: '\\.spec\\.tsx?$',
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
  ],
};

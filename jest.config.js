/** One jest project per layer, so later work adds a project, not a new runner. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }]
const base = { transform: { '^.+\\.(t|j)sx?$': swc }, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] }

module.exports = {
  // The security suites' counts (matrix cells, fuzz cases, faults) are printed after the run.
  reporters: ['default', '<rootDir>/test/security/counts-reporter.js'],
  projects: [
    { ...base, displayName: 'shared', testEnvironment: 'node', testMatch: ['<rootDir>/test/shared/**/*.test.ts'] },
    { ...base, displayName: 'cloud', testEnvironment: 'node', testMatch: ['<rootDir>/test/cloud/**/*.test.ts'] },
    { ...base, displayName: 'store', testEnvironment: 'node', testMatch: ['<rootDir>/test/store/**/*.test.ts'] },
    { ...base, displayName: 'reports', testEnvironment: 'node', testMatch: ['<rootDir>/test/reports/**/*.test.ts'] },
    { ...base, displayName: 'cloud-build', testEnvironment: 'node', testMatch: ['<rootDir>/test/cloud-build/**/*.test.ts'] },
    { ...base, displayName: 'emulator', testEnvironment: 'node', testMatch: ['<rootDir>/test/emulator/**/*.test.ts'] },
    // The text reader (tesseract.js) on small generated photos: behaviour only, never times.
    { ...base, displayName: 'reading', testEnvironment: 'node', testMatch: ['<rootDir>/test/reading/**/*.test.ts'] },
    { ...base, displayName: 'security', testEnvironment: 'node', testMatch: ['<rootDir>/test/security/**/*.test.ts'] },
    {
      // One browser journey against the real H5 build; the global setup builds dist/h5 when missing or stale.
      ...base,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/e2e/support/jest-timeout.ts'],
    },
    {
      // The compiled mini-program (dist/weapp) with WeChat's own wcc/wcsc, rendered by miniprogram-simulate against
      // one spawned emulator; see test/weapp/support/simulator.ts.
      ...base,
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      // The build's own JS runs as WeChat runs it, untransformed.
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
      globalSetup: '<rootDir>/test/weapp/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/weapp/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/weapp/support/jest-timeout.ts'],
    },
    {
      ...base,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/test/ui/mocks/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/ui/mocks/taro.ts',
        '^@nutui/nutui-react-taro$': '<rootDir>/test/ui/mocks/nutui.ts',
        '\\.(css|scss)$': '<rootDir>/test/ui/mocks/style.ts',
        '\\.(png|jpe?g|gif|svg)$': '<rootDir>/test/ui/mocks/image.ts',
      },
    },
  ],
}

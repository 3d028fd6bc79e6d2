import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '.data/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', module: 'writable', require: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tarojs/*', 'wx-server-sdk', 'node:*', 'react', 'react-dom'], message: 'src/shared is pure TypeScript used by both sides.' },
          ],
          paths: ['zod', 'zod/mini', 'zod/v4', 'zod/v4-mini'].map((name) => ({
            name,
            message: 'Import { z } from src/shared/zod, which sets jitless mode first.',
          })),
        },
      ],
    },
  },
  {
    // NutUI's Empty loads its default picture from a CDN: pages use EmptyState, which passes a packaged one.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@nutui/nutui-react-taro', importNames: ['Empty'], message: 'Use EmptyState (src/components/empty-state): NutUI’s default image comes from a CDN.' }] },
      ],
    },
  },
  {
    files: ['src/shared/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
)

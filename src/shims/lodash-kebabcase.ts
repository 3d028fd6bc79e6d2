/**
 * Stands in for `lodash.kebabcase` in the app's builds (config/index.ts aliases it here). NutUI's ConfigProvider
 * is its only user: it turns theme variable names such as `nutuiColorPrimary` into CSS variable names. The app
 * sets no theme variables, and lodash's version carries Unicode word tables for every script (about 3 KB in each
 * subpackage that uses NutUI); this one splits ASCII names as lodash does (test/shared/kebab-case-shim.test.ts).
 */
const WORDS = /[A-Z]?[a-z]+|[A-Z]+(?=[A-Z][a-z]|[^A-Za-z]|$)|\d+/g

export default function kebabCase(value?: unknown): string {
  return (String(value ?? '').match(WORDS) ?? []).join('-').toLowerCase()
}

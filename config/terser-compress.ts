/**
 * Terser's own defaults (the ones webpack minifies with) that Taro's mini-program config turns off
 * (webpack5-runner MiniBaseConfig), turned back on. The output keeps Taro's ES5 shape (compress and output
 * `ecma` 5, no arrows); only smaller: about 20 KB over all packages.
 */
export const TERSER_COMPRESS = {
  collapse_vars: true,
  comparisons: true,
  computed_props: true,
  hoist_props: true,
  inline: true,
  loops: true,
  properties: true,
  reduce_funcs: true,
  reduce_vars: true,
  switches: true,
  typeofs: true,
  // A second pass drops what the first pass's inlining left unused: the action table's schemas, each call marked
  // pure by config/babel-pure-shared.js (about 14 KB in each subpackage that imports a form's input schema).
  passes: 2,
}

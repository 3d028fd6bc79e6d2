/**
 * Marks the calls that build `src/shared/`'s module-level values (zod schemas, tables) `/*#__PURE__*\/`, so that
 * the minifier drops the ones a bundle never reads. Without it every schema of the action contract lands in each
 * mini-program subpackage that imports one field's schema from `src/shared` (terser cannot know that `z.object(…)`
 * has no side effects). `src/shared/` is pure TypeScript by design: its module-level calls only compute values.
 * Statements (`config({ jitless: true })` in zod.ts) are left alone: only calls inside a declaration's initializer,
 * outside any function body, are marked.
 */
const SHARED = /[\\/]src[\\/]shared[\\/]/

module.exports = function pureSharedValues({ types: t }) {
  const mark = (node) => {
    if (!node.leadingComments?.some((c) => /[@#]__PURE__/.test(c.value))) t.addComment(node, 'leading', '#__PURE__')
  }
  const markCalls = (init) => {
    // A function's body runs when it is called, not when the module loads: its calls keep their effects.
    if (init.isFunction()) return
    if (init.isCallExpression() || init.isNewExpression()) mark(init.node)
    init.traverse({
      Function(inner) {
        inner.skip()
      },
      'CallExpression|NewExpression'(call) {
        mark(call.node)
      },
    })
  }
  return {
    name: 'pure-shared-values',
    visitor: {
      Program(program, state) {
        if (!SHARED.test(state.filename ?? '')) return
        for (const statement of program.get('body')) {
          const declaration = statement.isExportNamedDeclaration() ? statement.get('declaration') : statement
          if (declaration.isVariableDeclaration()) for (const declarator of declaration.get('declarations')) if (declarator.node.init) markCalls(declarator.get('init'))
        }
      },
    },
  }
}

/**
 * The architecture, checked in CI: no cycles, and dependencies point one way
 * (domain → decision → rule → rules → policy → decide). Nothing in the core imports the codecs.
 */
// @ts-nocheck

const layer = (name, path, mayNotImport) => ({
  name: `${name}-direction`,
  comment: `${name} must not depend on ${mayNotImport.join(', ')}`,
  severity: 'error',
  from: { path },
  to: { path: `^src/(${mayNotImport.join('|')})` },
})

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    layer('domain', '^src/domain', ['decision', 'rule/', 'rules', 'snapshot', 'codecs', 'explain', 'policy', 'decide', 'compile', 'commands', 'lint']),
    layer('decision', '^src/decision', ['rule/', 'rules', 'snapshot', 'codecs', 'explain', 'policy', 'decide', 'compile', 'commands', 'lint']),
    layer('snapshot', '^src/snapshot', ['decision', 'rule/', 'rules', 'codecs', 'explain', 'policy', 'decide', 'compile', 'commands', 'lint']),
    layer('rule', '^src/rule/', ['rules', 'codecs', 'explain', 'policy', 'decide', 'compile', 'commands', 'lint']),
    layer('rules', '^src/rules', ['codecs', 'explain', 'policy', 'decide', 'compile', 'commands', 'lint']),
    {
      name: 'rule-modules-independent',
      comment: 'Rule modules never import each other: shared logic moves down into src/rules/shared.',
      severity: 'error',
      from: { path: '^src/rules/([^/]+)/' },
      to: { path: '^src/rules/', pathNot: ['^src/rules/$1/', '^src/rules/shared/'] },
    },
    layer('policy', '^src/policy', ['codecs', 'decide', 'compile', 'commands', 'lint']),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
}

/**
 * The floor for the size and first-load figures: a blank Taro React page (one View and Text, nothing else) built
 * with this project's own config/, babel config, browserslist and node_modules, in a temporary folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './project'

const FILES: Record<string, string> = {
  'src/app.ts': "import type { PropsWithChildren } from 'react'\n\nexport default function App({ children }: PropsWithChildren) {\n  return children\n}\n",
  'src/app.config.ts': "export default defineAppConfig({ pages: ['pages/index/index'], window: { navigationBarTitleText: 'blank' } })\n",
  'src/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: 'blank' })\n",
  'src/pages/index/index.tsx':
    "import { Text, View } from '@tarojs/components'\n\nexport default function Index() {\n  return (\n    <View>\n      <Text className=\"blank\">blank</Text>\n    </View>\n  )\n}\n",
}

/** Creates the blank app and returns its folder (the caller builds it with `taroBuild`). */
export function createBlankApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-blank-'))
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  cpSync(join(ROOT, 'config'), join(dir, 'config'), { recursive: true })
  // src/sitemap.json: the config copies it into the build (config/index.ts), so the blank ships it too.
  for (const file of ['babel.config.js', 'tsconfig.json', 'project.config.json', 'src/index.html', 'src/sitemap.json', 'types']) {
    cpSync(join(ROOT, file), join(dir, file), { recursive: true })
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, name: 'bench-blank' }, null, 2))
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

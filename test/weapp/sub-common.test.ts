import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { subCommonGroupName } from '../../config/sub-common-name'
import { readAppJson, WEAPP_DIR } from './support/build'

// Code that several subpackages share is copied into each of them (one subpackage cannot load another's). Taro
// made a file per shared module, and every page required each file by name (about 190 KB of require/@import
// lines and chunk wrappers); config/sub-common-groups.ts makes one file per set of subpackages sharing code.
const roots = (readAppJson().subPackages ?? []).map((pkg) => pkg.root.replace(/\/$/, ''))
/** The sets of subpackages one subpackage can share code with (itself and at least one other). */
const sharingSets = () => 2 ** (roots.length - 1) - 1
const sharedFiles = (root: string) => (existsSync(join(WEAPP_DIR, root, 'sub-common')) ? readdirSync(join(WEAPP_DIR, root, 'sub-common')) : [])
const groupOf = (file: string) => file.replace(/\.(js|wxss)$/, '')

describe('what subpackages share is one file per set of subpackages', () => {
  it('the app has several subpackages that share code', () => {
    expect(roots.length).toBeGreaterThanOrEqual(3)
    expect(roots.filter((root) => sharedFiles(root).length > 0).length).toBeGreaterThanOrEqual(3)
  })

  it.each(roots)('%s holds only groups named by subpackages that include it, each in every subpackage it names', (root) => {
    const groups = [...new Set(sharedFiles(root).filter((f) => /\.(js|wxss)$/.test(f)).map(groupOf))]
    expect(groups.length).toBeLessThanOrEqual(sharingSets())
    for (const group of groups) {
      const named = roots.filter((r) => group.split('_').includes(r))
      expect(subCommonGroupName(named)).toBe(group)
      expect(named).toContain(root)
      for (const other of named) expect(existsSync(join(WEAPP_DIR, other, 'sub-common', `${group}.js`)) || existsSync(join(WEAPP_DIR, other, 'sub-common', `${group}.wxss`))).toBe(true)
    }
  })

  it.each(roots)("%s's pages require a handful of shared files, not one per module", (root) => {
    const pages = readAppJson().subPackages!.find((pkg) => pkg.root.replace(/\/$/, '') === root)!.pages
    const required = pages.map((page) => {
      const js = readFileSync(join(WEAPP_DIR, root, `${page}.js`), 'utf8')
      return { page, files: (js.match(/require\("[^"]*sub-common\/[^"]+"\)/g) ?? []).length }
    })
    expect(required.filter((r) => r.files > sharingSets())).toEqual([])
  })
})

describe('subCommonGroupName', () => {
  it('names a set of subpackages the same whatever their order, as a file name', () => {
    expect(subCommonGroupName(['reviewer', 'filler', 'admin'])).toBe('admin_filler_reviewer')
    expect(subCommonGroupName(['admin', 'reviewer', 'filler'])).toBe('admin_filler_reviewer')
    expect(subCommonGroupName(['pkg/a', 'b'])).toBe('b_pkg-a')
  })
})

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not blank, unique (any case). */
const MAX = 31
const FORBIDDEN = /[:\\/?*[\]]/g

export function sheetNamer(): (wanted: string) => string {
  const used = new Set<string>()
  return (wanted) => {
    const base = wanted.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim().slice(0, MAX) || '学会'
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`
      name = base.slice(0, MAX - suffix.length) + suffix
    }
    used.add(name.toLowerCase())
    return name
  }
}

/**
 * The real NutUI components, loaded one package at a time from NutUI's CommonJS build, as
 * babel-plugin-import does in the app. The package's main entry (a UMD bundle) pulls in lottie, which
 * needs a canvas that jsdom lacks.
 */
const pkg = (name: string) => require(`@nutui/nutui-react-taro/dist/cjs/packages/${name}/index.js`).default

export const Button = pkg('button')
export const Cell = pkg('cell')
export const CellGroup = pkg('cellgroup')
export const Dialog = pkg('dialog')
export const Empty = pkg('empty')
export const Input = pkg('input')
export const InputNumber = pkg('inputnumber')
export const Progress = pkg('progress')
export const Radio = pkg('radio')
export const RadioGroup = pkg('radiogroup')
export const Tag = pkg('tag')
export const TextArea = pkg('textarea')
export const ActionSheet = pkg('actionsheet')
export const Popup = pkg('popup')
export const Picker = pkg('picker')
export const Divider = pkg('divider')
export const Loading = pkg('loading')
export const Skeleton = pkg('skeleton')
export const Space = pkg('space')

// Known noise from NutUI's dependencies, not from our code: its icons set a `-webkitMask` style (React spells it
// WebkitMask) and its transitions use react-transition-group's findDOMNode.
const thirdPartyNoise = (args: unknown[]) =>
  typeof args[0] === 'string' &&
  ((args[0].includes('Unsupported style property %s') && args[1] === '-webkitMask') || args[0].includes('findDOMNode is deprecated'))
const consoleError = console.error
console.error = (...args: unknown[]) => {
  if (!thirdPartyNoise(args)) consoleError(...args)
}

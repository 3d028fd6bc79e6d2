import type { PluginObj, types } from '@babel/core'

declare function pureSharedValues(api: { types: typeof types }): PluginObj
export = pureSharedValues

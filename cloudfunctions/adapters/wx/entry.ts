import type * as WxServerSdk from 'wx-server-sdk'
import { createMain, type CloudFunctionMain, type EntryOptions } from './create-main'
import type { CloudFunctionName } from './functions'

// A plain require keeps the SDK's own module object (its methods keep their `this`); the package is
// external to the bundle and installed in the cloud from the function's package.json.
const cloud: typeof WxServerSdk = require('wx-server-sdk')

/**
 * The entry of a deployed cloud function: `export const main = createEntry('account')`. The only module
 * that loads wx-server-sdk.
 */
export function createEntry(fn: CloudFunctionName, options?: EntryOptions): CloudFunctionMain {
  return createMain(fn, cloud, process.env, options)
}

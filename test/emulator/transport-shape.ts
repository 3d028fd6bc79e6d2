/**
 * Compile-time check (tsc, not jest): the H5 transport exports exactly what the weapp transport does, with
 * the same types, since Taro swaps one file for the other by platform.
 */
import type * as H5 from '../../src/services/cloud.h5'
import type * as Weapp from '../../src/services/cloud'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

export const sameExports: Same<typeof H5, typeof Weapp> = true

import { buildH5IfStale } from '../../scripts/h5-build'

/** The journey runs against the real H5 build: make it first when it is missing or older than its sources. */
export default function globalSetup(): void {
  buildH5IfStale()
}

import { createWxStore } from '../../cloudfunctions/adapters/wx/wx-store'
import { describeFirstAdminContract } from '../store/first-admin-store-contract'
import { fakeCloudDatabase } from './fake-cloud-db'

// Over the in-memory stand-in for the cloud database: the fixed-_id claim document is the lock.
describeFirstAdminContract('the cloud database adapter', async () => createWxStore(fakeCloudDatabase()))

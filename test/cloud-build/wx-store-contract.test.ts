import { createWxStore } from '../../cloudfunctions/adapters/wx/wx-store'
import { fakeCloudDatabase } from './fake-cloud-db'
import { describeStoreContract } from '../store/store-contract'
describeStoreContract('cloud database (fake)', async () => createWxStore(fakeCloudDatabase()))

import { createWxStore } from '../../cloudfunctions/adapters/wx/wx-store'
import { describeStoreContract } from '../store/store-contract'
import { describeScheduledReminderStoreContract } from '../store/scheduled-reminder-store-contract'
import { fakeCloudDatabase } from './fake-cloud-db'
import { describeSubscribeCreditStoreContract } from '../store/subscribe-credit-store-contract'
import { describeEvidenceReadingStoreContract } from '../store/evidence-reading-store-contract'

// The same contract as the SQLite store, over the in-memory stand-in for the cloud database.
describeStoreContract('the cloud database adapter', async () => createWxStore(fakeCloudDatabase()))
describeScheduledReminderStoreContract('the cloud database adapter', async () => createWxStore(fakeCloudDatabase()))
describeSubscribeCreditStoreContract('the cloud database adapter', async () => createWxStore(fakeCloudDatabase()))
describeEvidenceReadingStoreContract('the cloud database adapter', async () => createWxStore(fakeCloudDatabase()))

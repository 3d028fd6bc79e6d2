import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { describeFirstAdminContract } from './first-admin-store-contract'

describeFirstAdminContract('SQLite :memory:', async () => openSqliteStore(':memory:'))

import { createEntry } from '../adapters/wx/entry'

/** Cloud function `report`: the report.* actions (the filled form, the year's results, evidence archives, the dashboard). */
export const main = createEntry('report')

import type { YearRecord, YearStore } from '../../../core/store/years'
import type { WxCollections } from './collections'
import { readAll, type Doc } from './documents'

/** years: _id = the year as text; the record as JSON text, since its extensions are keyed by society ids. */
const yearDoc = (y: YearRecord): Doc => ({ _id: String(y.year), year: y.year, record: JSON.stringify(y) })
export const yearFromDoc = (d: Doc): YearRecord => JSON.parse(d.record as string) as YearRecord

export function wxYears({ col, findOne, put, addUnique }: WxCollections): YearStore {
  return {
    getYear: (year) => findOne(col('years').where({ _id: String(year) }), yearFromDoc),
    insertYear: (record) => addUnique(col('years'), yearDoc(record), (existing) => existing.record === yearDoc(record).record),
    putYear: (record) => put('years', yearDoc(record)),
    listYears: async () => (await readAll(col('years').orderBy('year', 'asc'))).map(yearFromDoc),
  }
}

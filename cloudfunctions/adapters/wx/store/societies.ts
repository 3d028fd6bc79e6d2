import type { ListedSociety } from '../../../core/store/submission-list'
import { withSocietyDefaults, type SocietyRecord, type SocietyStore } from '../../../core/store/societies'
import type { WxCollections } from './collections'
import { keyedBy, readAll, type Doc } from './documents'

/** societies: _id = id; plain fields, the admin-console ones filled in. */
const societyRows = keyedBy<SocietyRecord, 'id'>('id')
export const societyDocs = {
  toDoc: (s: SocietyRecord) => societyRows.toDoc(withSocietyDefaults(s)),
  fromDoc: (d: Doc) => withSocietyDefaults(societyRows.fromDoc(d)),
}

/** Every society's fields the reviewers' list shows (a projection), oldest first. */
export async function listedSocieties({ oldestFirst }: WxCollections): Promise<ListedSociety[]> {
  return (await readAll(oldestFirst('societies').field({ name: true, contact: true, reviewerOpenid: true }))).map((d) => ({
    id: d._id as string,
    name: d.name as string,
    contact: d.contact as string,
    reviewerOpenid: (d.reviewerOpenid as string | null | undefined) ?? null,
  }))
}

export function wxSocieties({ col, findOne, put, oldestFirst }: WxCollections): SocietyStore {
  return {
    getSociety: (id) => findOne(col('societies').where({ _id: id }), societyDocs.fromDoc),
    findSocietyByCodeHash: (bindingCodeHash) => findOne(col('societies').where({ bindingCodeHash }), societyDocs.fromDoc),
    putSociety: (society) => put('societies', societyDocs.toDoc(society)),
    listSocieties: async () => (await readAll(oldestFirst('societies'))).map(societyDocs.fromDoc),
  }
}

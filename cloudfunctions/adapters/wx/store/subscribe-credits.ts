import type { CollectionReference, Database } from 'wx-server-sdk'
import type { SubscribeCreditStore } from '../../../core/store/subscribe-credits'
import { PAGE } from './documents'

/**
 * Subscribe-message credits in `subscribe_credits`: _id = `<openid>:<templateId>`, fields openid, templateId,
 * credits. Adding and using are each one conditional update, so two sends never use one credit twice.
 */
export function wxSubscribeCredits(db: Database, collection: CollectionReference): SubscribeCreditStore {
  const _ = db.command
  const idOf = (openid: string, templateId: string) => `${openid}:${templateId}`
  const read = async (id: string): Promise<number> => {
    const { data } = await collection.where({ _id: id }).limit(1).get()
    return (data[0]?.credits as number | undefined) ?? 0
  }
  const bump = async (id: string) => (await collection.where({ _id: id }).update({ data: { credits: _.inc(1) } })).stats.updated === 1

  return {
    async addSubscribeCredit(openid, templateId) {
      const id = idOf(openid, templateId)
      if (!(await bump(id))) {
        try {
          await collection.add({ data: { _id: id, openid, templateId, credits: 1 } })
        } catch (error) {
          // Another instance created it first: count ours on it. (Were it our own add whose answer was lost, a
          // credit too many only means one send WeChat may refuse with 43101.)
          if (!(await bump(id))) throw error
        }
      }
      return read(id)
    },
    getSubscribeCredits: (openid, templateId) => read(idOf(openid, templateId)),
    async useSubscribeCredit(openid, templateId) {
      const where = { _id: idOf(openid, templateId), credits: _.gt(0) }
      return (await collection.where(where).update({ data: { credits: _.inc(-1) } })).stats.updated === 1
    },
    async listSubscribeCredits(templateId) {
      const held: Record<string, number> = {}
      for (let skip = 0; ; skip += PAGE) {
        const { data } = await collection.where({ templateId }).orderBy('_id', 'asc').skip(skip).limit(PAGE).get()
        for (const doc of data) held[doc.openid as string] = doc.credits as number
        if (data.length < PAGE) return held
      }
    },
  }
}

export interface SocietyRecord {
  id: string
  name: string
  contact: string
  /** SHA-256 of the binding code: the code itself is shown once, to the admin who issues it. */
  bindingCodeHash: string
  createdAt: string
  /** 联系电话 of the contact; absent in records made before the admin console. */
  phone?: string
  /** False once the admin deactivates it: it can no longer bind or save; its data stays. Absent = active. */
  active?: boolean
  /** Openid of the reviewer it is assigned to (我负责的), or null. */
  reviewerOpenid?: string | null
}

/** A society with its admin-console fields filled in as they were before they existed: active, no phone, no reviewer. */
export const withSocietyDefaults = (society: SocietyRecord): Required<SocietyRecord> => ({
  ...society,
  phone: society.phone ?? '',
  active: society.active ?? true,
  reviewerOpenid: society.reviewerOpenid ?? null,
})

export interface SocietyStore {
  getSociety(id: string): Promise<SocietyRecord | null>
  findSocietyByCodeHash(bindingCodeHash: string): Promise<SocietyRecord | null>
  putSociety(society: SocietyRecord): Promise<void>
  listSocieties(): Promise<SocietyRecord[]>
}

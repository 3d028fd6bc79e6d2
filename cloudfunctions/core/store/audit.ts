export interface AuditRecord {
  id: string
  actor: string
  action: string
  target: string
  before: unknown
  after: unknown
  at: string
}

export interface AuditStore {
  appendAudit(entry: AuditRecord): Promise<void>
  /** Oldest first; includes the entries written together with a submission (SubmissionStore.updateSubmission). */
  listAudit(target: string): Promise<AuditRecord[]>
}

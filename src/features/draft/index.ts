export { useDraft, type Draft } from './use-draft'
export { draftStoreFor } from './draft-registry'
export { DraftStore, type CallAction, type DraftStoreDeps } from './draft-store'
export { selectDraft, type DraftConflict, type DraftView } from './draft-view'
export type { SaveState } from './draft-state'
export type { SyncStorage } from './local-copy'
// The rubric's check of an edit (`./edit-check`) is imported by the editing page itself: it needs zod, and this
// barrel is part of the main package.
export type { EditCheck } from './edit-check'

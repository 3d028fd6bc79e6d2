/**
 * The limits every file a user sends is inspected against before anything trusts it (docs/security.md lists
 * them). Zip-based files are read entry by entry through a counting inflate that stops at the cap; images by
 * their header before any pixel is decoded.
 */
export interface ZipLimits {
  /** Entries in the package's central directory. */
  maxEntries: number
  /** Inflated bytes of one entry. */
  maxEntryBytes: number
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number
  /** Inflated ÷ compressed size of one entry, checked once the entry has inflated beyond `ratioFromBytes`. */
  maxRatio: number
  ratioFromBytes: number
}

const MB = 1024 * 1024

/** An evidence .docx/.xlsx (at most 20 MB as sent): pictures inside are stored, text parts compress ~10×. */
export const DOCUMENT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 100 * MB,
  maxRatio: 200,
  ratioFromBytes: MB,
}

/**
 * An import .xlsx (at most 2 MB as sent, 1000 societies): exceljs then holds every part in memory several
 * times over, so its parts are held far lower (a 1000-row list's sheet is about 100 KB).
 */
export const IMPORT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 500,
  maxEntryBytes: 10 * MB,
  maxTotalBytes: 20 * MB,
  maxRatio: 200,
  ratioFromBytes: MB,
}

/**
 * A photo's pixels, from its header: an original of a 50 MP phone camera at most (the client sends about
 * 1600 px on the long edge, 2 MP). A 20000 × 20000 PNG would decode to 1.6 GB.
 */
export const MAX_PHOTO_PIXELS = 50_000_000

/**
 * Photos up to this many pixels (2309 × 1732; the client sends 1600 × 1200) are decoded for the duplicate-photo
 * hash. jpeg-js cannot decode at a reduced scale and needs about 26 bytes a pixel at its peak (measured: +103 MB
 * for 4 MP, +213 MB for 12 MP), so this keeps the cloud function within its 256 MB; a larger photo is compared
 * by its exact SHA-256 only.
 */
export const MAX_HASHED_PIXELS = 4_000_000

/** The most time one photo's hash may take before it is given up (the photo is then compared exactly only). */
export const HASH_TIMEOUT_MS = 20_000

export const formatLimit = (bytes: number): string => `${Math.round(bytes / MB)} MB`

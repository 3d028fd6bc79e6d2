/** H5 has no subscribe messages; the in-app inbox carries the result. */
export async function requestResultConsent(): Promise<void> {}

/** H5: a browser has no privacy authorization to ask for, so nothing is shown. */
export function listenForPrivacyRequests(): void {}

export function openPrivacyGuide(): void {}

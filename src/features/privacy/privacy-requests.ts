/** How the user answered the app's privacy popup, as WeChat's `resolve` takes it. */
export type PrivacyAnswer = { event: 'agree'; buttonId: string } | { event: 'disagree' }

/** One privacy API call WeChat holds until the user answers (chooseMedia, chooseMessageFile, setClipboardData). */
export interface PrivacyRequest {
  answer(answer: PrivacyAnswer): void
}

type Show = (request: PrivacyRequest | null) => void

/**
 * The popups mounted now, newest last: the newest belongs to the page on top, so it is the one shown. Every
 * component that calls a privacy API mounts one (usePrivacyPopup), so there is always one on the page.
 */
const popups: Show[] = []
let pending: { request: PrivacyRequest; shownOn: Show } | null = null

const top = (): Show | undefined => popups[popups.length - 1]

/** WeChat asks (onNeedPrivacyAuthorization): shown on the top popup; with none mounted, refused at once. */
export function askForPrivacy(resolve: (answer: PrivacyAnswer) => void): void {
  pending?.request.answer({ event: 'disagree' })
  const shownOn = top()
  if (!shownOn) return resolve({ event: 'disagree' })
  let answered = false
  const request: PrivacyRequest = {
    answer(answer) {
      if (answered) return
      answered = true
      if (pending?.request === request) pending = null
      shownOn(null)
      resolve(answer)
    },
  }
  pending = { request, shownOn }
  shownOn(request)
}

/** Mounts a popup; answers the function that unmounts it. */
export function mountPrivacyPopup(show: Show): () => void {
  popups.push(show)
  return () => {
    const index = popups.lastIndexOf(show)
    if (index >= 0) popups.splice(index, 1)
    // Its page went away with the question open: refuse, so that the held call does not hang.
    if (pending?.shownOn === show) pending.request.answer({ event: 'disagree' })
  }
}

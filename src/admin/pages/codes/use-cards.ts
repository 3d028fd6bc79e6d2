import { useEffect, useState } from 'react'
import { MAX_CARDS_PER_CALL, type IssuedCode } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { errorText } from '../../components/field-check'

export const CARDS_PER_PAGE = 20
type Qr = Record<string, string>

/** The QR pictures of the cards shown so far, fetched a page at a time as more cards are shown. */
export function useCardQrs(codes: readonly IssuedCode[], shown: number) {
  const [qr, setQr] = useState<Qr>({})
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const missing = codes.slice(0, shown).filter((c) => !qr[c.society.id])
    if (missing.length === 0) return
    let cancelled = false
    const batch = missing.slice(0, MAX_CARDS_PER_CALL)
    callAction('admin.codeCards', { codes: batch.map((c) => ({ societyId: c.society.id, bindingCode: c.bindingCode })) })
      .then(({ cards }) => {
        if (!cancelled) setQr((current) => ({ ...current, ...Object.fromEntries(cards.map((card) => [card.societyId, card.qrPng])) }))
      })
      .catch((e: unknown) => !cancelled && setError(errorText(e, '二维码生成失败')))
    return () => {
      cancelled = true
    }
  }, [codes, shown, qr])
  return { qr, error }
}

import './phone-link.scss'

/** A phone number that calls with one tap: a tel: link, which phones and desktop dialers open. */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a className="phone-link" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
      {phone} 拨打
    </a>
  )
}

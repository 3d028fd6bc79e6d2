import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import './phone-link.scss'

/** A phone number that calls with one tap (WeChat asks before dialling). */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <Text className="phone-link" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => {})}>
      {phone} 拨打
    </Text>
  )
}

import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { listenForPrivacyRequests, openPrivacyGuide } from './listen'
import { mountPrivacyPopup, type PrivacyRequest } from './privacy-requests'
import './privacy-popup.scss'

/** The agree button's id: WeChat checks that the button named in resolve() was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree'

const USES = [
  { name: '相册和摄像头', why: '拍照或从相册选择证明材料照片，上传后供审核员查看' },
  { name: '微信聊天中的文件', why: '选择证明材料（PDF、Word、Excel）或学会名单文件并上传' },
  { name: '剪贴板', why: '复制邀请码或下载链接，方便您转发' },
]

/**
 * The app's own privacy popup: shown when WeChat holds a photo, document or clipboard call until the user
 * agrees to the 隐私保护指引 (mini-program only; H5 never shows it). Mount it in every component that makes
 * such a call; the newest mounted one is shown. Refusing leaves the page as it was.
 */
export function PrivacyPopup() {
  const [request, setRequest] = useState<PrivacyRequest | null>(null)
  useEffect(() => {
    listenForPrivacyRequests()
    return mountPrivacyPopup(setRequest)
  }, [])
  if (!request) return null
  return (
    <View className="privacy-popup" catchMove>
      <View className="privacy-popup__card" role="dialog" aria-label="隐私保护提示">
        <Text className="privacy-popup__title">隐私保护提示</Text>
        <Text className="privacy-popup__lead">为填报和审核学会年度自评，本小程序在您使用以下功能时需要您同意：</Text>
        {USES.map((use) => (
          <View key={use.name} className="privacy-popup__use">
            <Text className="privacy-popup__use-name">{use.name}</Text>
            <Text className="privacy-popup__use-why">{use.why}</Text>
          </View>
        ))}
        <Text className="privacy-popup__lead">
          以上信息只用于本年度自评的填报、审核和结果导出。详见
          <Text className="privacy-popup__link" onClick={openPrivacyGuide}>
            《隐私保护指引》
          </Text>
          。
        </Text>
        <View className="privacy-popup__actions">
          <Button className="privacy-popup__refuse" onClick={() => request.answer({ event: 'disagree' })}>
            不同意
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="privacy-popup__agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => request.answer({ event: 'agree', buttonId: AGREE_BUTTON_ID })}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}

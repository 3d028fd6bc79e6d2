import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import { ROLE_LABEL, type Role } from '../../shared'
import { routes } from '../../shared/routes'
import { devLogin, devLogout, fetchIdentities, restartAt, type DevIdentity } from './dev-auth.h5'
import './index.scss'

const TAG_TYPE: Record<Role, 'info' | 'success' | 'warning'> = { filler: 'info', reviewer: 'success', admin: 'warning' }

/** H5 only (local emulator): pick who to be. The mini-program never has this page; WeChat identifies users. */
export default function DevLogin() {
  const [identities, setIdentities] = useState<DevIdentity[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = () => {
    setError(null)
    fetchIdentities().then(setIdentities, (e: Error) => setError(e.message))
  }
  useEffect(load, [])

  const choose = async (identity: DevIdentity) => {
    if (busy) return
    setBusy(true)
    try {
      await devLogin(identity.openid)
      restartAt(routes.home())
    } catch (e) {
      Taro.showToast({ title: (e as Error).message, icon: 'none' })
      setBusy(false)
    }
  }

  const logout = async () => {
    await devLogout().catch(() => undefined)
    Taro.showToast({ title: '已退出当前身份', icon: 'none' })
  }

  return (
    <View className="dev-login">
      <View className="dev-login__notice">
        <Text>本页只在本地模拟环境（npm start）中出现。正式小程序由微信识别身份，无需选择。</Text>
      </View>

      {error && (
        <View className="dev-login__error">
          <Text className="dev-login__error-text">{error}</Text>
          <Button size="small" type="primary" onClick={load}>
            重试
          </Button>
        </View>
      )}
      {!identities && !error && <Text className="dev-login__loading">正在读取演示身份…</Text>}

      {identities && (
        <CellGroup title="点选一个身份进入">
          {identities.map((identity) => (
            <Cell
              key={identity.openid}
              title={identity.label}
              description={identity.societyName ?? identity.openid}
              extra={
                <Tag type={identity.role ? TAG_TYPE[identity.role] : 'default'} plain={!identity.role}>
                  {identity.role ? ROLE_LABEL[identity.role] : '未绑定'}
                </Tag>
              }
              align="center"
              clickable
              onClick={() => void choose(identity)}
            />
          ))}
        </CellGroup>
      )}

      <CellGroup>
        <Cell title="退出当前身份" clickable onClick={() => void logout()} />
      </CellGroup>
    </View>
  )
}

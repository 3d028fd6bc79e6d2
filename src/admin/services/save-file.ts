import Taro from '@tarojs/taro'

/** Mini-program: writes the file into the user data folder and opens it (WeChat offers to forward or save it). */
export async function saveBase64File(fileName: string, base64: string, _mime: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  await new Promise<void>((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: reject }),
  )
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
}

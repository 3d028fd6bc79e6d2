export default definePageConfig({
  navigationBarTitleText: '领取管理员',
})

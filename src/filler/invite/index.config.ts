export default definePageConfig({
  navigationBarTitleText: '审核员邀请',
})

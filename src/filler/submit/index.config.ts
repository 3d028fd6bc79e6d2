export default definePageConfig({
  navigationBarTitleText: '提交自评表',
})

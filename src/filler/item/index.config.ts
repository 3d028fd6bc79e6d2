export default definePageConfig({
  navigationBarTitleText: '填写指标',
})

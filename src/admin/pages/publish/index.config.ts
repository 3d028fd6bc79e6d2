export default definePageConfig({
  navigationBarTitleText: '结果公示',
})

export default definePageConfig({
  navigationBarTitleText: '评价指标',
})

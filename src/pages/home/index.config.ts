export default definePageConfig({
  navigationBarTitleText: '绩效自评',
})

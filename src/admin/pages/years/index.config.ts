export default definePageConfig({
  navigationBarTitleText: '年度设置',
})

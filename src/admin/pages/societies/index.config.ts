export default definePageConfig({
  navigationBarTitleText: '学会管理',
})

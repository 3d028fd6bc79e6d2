export default definePageConfig({
  navigationBarTitleText: '填报人信息',
})

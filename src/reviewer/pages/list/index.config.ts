export default definePageConfig({
  navigationBarTitleText: '填报审核',
})

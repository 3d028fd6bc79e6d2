export default definePageConfig({
  navigationBarTitleText: '分配审核',
})

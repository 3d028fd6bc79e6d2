export default definePageConfig({
  navigationBarTitleText: '导入学会',
})

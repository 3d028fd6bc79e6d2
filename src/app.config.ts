export default defineAppConfig({
  pages: ['pages/home/index'],
  window: {
    navigationBarTitleText: '绩效自评',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7',
    backgroundTextStyle: 'light',
  },
})

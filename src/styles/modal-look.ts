// WeChat draws its own modal (Taro.showModal) with WeChat's colours: nothing to restyle in the mini-program.
export {}

// In the browser Taro draws Taro.showModal itself, with WeChat green for 确定 and text broken inside words.
import './modal-look.scss'

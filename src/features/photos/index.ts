export { choosePhotos } from './choose'
export { compressPhoto } from './compress'
export { LONG_EDGE_PX, photoFileName, scaledSize } from './limits'

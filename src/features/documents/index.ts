export { chooseDocuments } from './choose'
export { openDocument } from './open'
export { checkChosenDocument, documentFileName, type ChosenDocument } from './chosen'

export * from './import-rows'

export { csvCell, csvFileName, toCsv, type CsvValue } from './csv';
export { downloadCsv } from './download';
export { flattenRecord, listsIn, tableOf, type FlatTable, type FoundList } from './flatten';

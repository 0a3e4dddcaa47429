// Chinese search tokenising and query parsing, shared by the hub (which indexes and answers) and any page
// that wants to show how a query is read.
export {
  postingTokens,
  pinyinTokens,
  hanGrams,
  runs,
  normalise,
  syllablesOf,
  type PostingText,
  type PostingTokens,
} from './tokenize';
export { parseQuery, ftsExpression, splitPinyin, type QueryTerm, type QueryToken, type Alternative } from './query';

// Chinese search tokenising, query parsing and matching, shared by the hub (which indexes and answers) and the
// kiosk (which searches its own cache with the same rule when the hub is away).
export {
  postingText,
  postingTokens,
  pinyinTokens,
  hanGrams,
  runs,
  normalise,
  syllablesOf,
  type PostingText,
  type PostingTokens,
  type SearchablePosting,
} from './tokenize';
export { searchPostings, queryMatches, type SearchFilter, type MatchablePosting } from './match';
export { parseQuery, ftsExpression, splitPinyin, type QueryTerm, type QueryToken, type Alternative } from './query';

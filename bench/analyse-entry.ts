// What the throughput benchmark bundles: the core's analyse() and the loader that feeds it, so
// the text measured is exactly the text the reader analyses.
export {analyse} from '../source/core/analyse.js';
export {loadArticles} from '../source/io/load-articles.js';

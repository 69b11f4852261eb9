// The page and feed readers in one module, imported on demand (see markup-formats).
export {readHtmlPage} from './html-page.js';
export {readFeed} from './feed.js';

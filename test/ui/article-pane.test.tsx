// The article pane on its own: what it says before the body is read (the first frame) and after.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import {noSearch} from '../../source/state/state.js';
import {ArticlePane} from '../../source/ui/article-pane.js';
import {wrapText} from '../../source/ui/text/wrap.js';
import {themeFor} from '../../source/ui/theme.js';
import {threeArticles} from './articles-fixture.js';
import {now} from './render-app.js';

const article = threeArticles().articles.find(a => a.id === 'c3')!;
const pane = (pending: boolean) => render(
	<ArticlePane
		article={article}
		analysis={undefined}
		lines={pending ? [] : wrapText(article.body, 50)}
		pending={pending}
		scroll={0}
		rows={10}
		size={{width: 60, height: 14}}
		highlight={null}
		search={noSearch}
		focused={false}
		theme={themeFor(false)}
		now={now}
	/>,
).lastFrame() ?? '';

describe('article pane', () => {
	test('before the body is read it shows the title and says the article is opening, not "lines all"', () => {
		const frame = pane(true);
		assert.match(frame, /Drills near Moscow/);
		assert.match(frame, /Other Outlet · 24 Mar 2022 · .* · opening…/);
		assert.doesNotMatch(frame, /lines all/);
		assert.doesNotMatch(frame, /Troops trained/);
	});

	test('once read it shows the body and how many lines there are', () => {
		const frame = pane(false);
		assert.match(frame, /Troops trained near Moscow/);
		assert.match(frame, /· lines all/);
	});
});

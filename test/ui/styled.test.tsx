// Body lines are drawn as one pre-styled string per line (source/ui/text/styled.ts) instead of a
// <Text> per styled run. The frames must be the same as Ink's own styling draws them: checked
// with colour forced on, for every style the theme has and for real body lines with entities,
// claims, responses, a highlight and search matches.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import type {Span} from '../../source/core/types.js';
import {BodyLine} from '../../source/ui/body-line.js';
import {gutter, lineSegments, type Decor} from '../../source/ui/text/segments.js';
import {styled} from '../../source/ui/text/styled.js';
import {wrapText} from '../../source/ui/text/wrap.js';
import {themeFor, type Style, type Theme} from '../../source/ui/theme.js';
import {threeArticles} from './articles-fixture.js';
import {fullColour} from './full-colour.js';

/** The body line as it was drawn before: a <Text> per run (Ink applies the styles). */
function NestedBodyLine({body, line, decor, claims, responses, theme}: {body: string; line: Span; decor: Decor; claims: readonly Span[]; responses: readonly Span[]; theme: Theme}) {
	const focus = [decor.highlight, decor.current].filter((s): s is Span => s !== null);
	const mark = gutter(line, claims, responses, focus);
	const letter = mark[0] ?? ' ';
	const letterStyle = letter === 'C' ? theme.claim : (letter === 'R' ? theme.response : theme.key);
	const segments = lineSegments(body, line, decor, theme);
	return (
		<Text wrap="truncate-end">
			<Text {...letterStyle}>{letter}</Text>
			<Text {...theme.key}>{mark.slice(1)}</Text>
			{segments.length === 0 || (segments.length === 1 && segments[0]!.text === '') ? ' ' : segments.map((s, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={i} {...s.style}>{s.text}</Text>
			))}
		</Text>
	);
}

const frame = (node: React.ReactElement) => render(<Box width={60} flexDirection="column">{node}</Box>).lastFrame() ?? '';

fullColour();

describe('pre-styled text draws what Ink draws', () => {
	test('every style of both themes, alone and combined', () => {
		const styles: Style[] = [];
		for (const theme of [themeFor(true), themeFor(false)]) {
			const {entity, mark, focusBorder: _f, border: _b, brackets: _r, color: _c, ...rest} = theme;
			styles.push(...Object.values(entity), ...Object.values(mark), ...Object.values(rest));
		}

		for (const style of styles) {
			for (const other of styles) {
				const both = {...style, ...other};
				assert.equal(frame(<Text>{styled('NATO says', both)}</Text>), frame(<Text><Text {...both}>NATO says</Text></Text>), JSON.stringify(both));
			}
		}

		assert.notEqual(styled('x', {bold: true}), 'x', 'colour is not on: the comparison would prove nothing');
	});

	test('body lines with entities, claims, responses, a highlight and matches', () => {
		const {articles, analyses} = threeArticles();
		for (const theme of [themeFor(true), themeFor(false)]) {
			for (const analysis of analyses) {
				const article = articles.find(a => a.id === analysis.articleId)!;
				const claims = analysis.claims.map(c => c.sentence);
				const responses = analysis.responses.map(r => r.sentence);
				const word = article.body.indexOf('China');
				const matches = word === -1 ? [] : [{start: word, end: word + 5}];
				const decor: Decor = {entities: analysis.entities, matches, current: matches[0] ?? null, highlight: claims[0] ?? null};
				for (const line of wrapText(article.body, 50)) {
					const props = {body: article.body, line, decor, claims, responses, theme};
					assert.equal(frame(<BodyLine {...props}/>), frame(<NestedBodyLine {...props}/>), article.body.slice(line.start, line.end));
				}
			}
		}
	});
});

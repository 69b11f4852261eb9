import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {isHeading, splitSentences} from '../../source/core/steps/01-sentences.js';

const sentencesOf = (body: string) => splitSentences(body).flatMap(p => p.sentences.map(s => body.slice(s.start, s.end)));

describe('sentence splitting', () => {
	const rows: Array<[string, string, string[]]> = [
		['splits at full stops followed by a capital', 'China denied it. NATO disagreed.', ['China denied it.', 'NATO disagreed.']],
		['keeps abbreviations like U.S. inside the sentence', 'The U.S. Treasury said so. Beijing denied it.', ['The U.S. Treasury said so.', 'Beijing denied it.']],
		['keeps month abbreviations before a day', 'They met on Feb. 18 in Munich. Talks followed.', ['They met on Feb. 18 in Munich.', 'Talks followed.']],
		['ends a sentence after a closing quotation mark', '“We oppose it.” Lin said more.', ['“We oppose it.”', 'Lin said more.']],
		['ends a sentence before a quotation that opens with a bracket', 'Trump said it in the order. “[China] plays a central role.”', ['Trump said it in the order.', '“[China] plays a central role.”']],
		['never crosses a paragraph break', 'First line without stop\nSecond line.', ['First line without stop', 'Second line.']],
		['keeps a middle initial inside a name', 'The Walter E. Washington Convention Center was full.', ['The Walter E. Washington Convention Center was full.']],
	];
	for (const [name, body, expected] of rows) test(name, () => assert.deepEqual(sentencesOf(body), expected));
});

describe('headings', () => {
	const rows: Array<[string, boolean]> = [
		['NATO Warns China to Stop Supporting Russia', true],
		['Drills in Belarus', true],
		['China denied the claims.', false],
		['Beijing says it will keep trading with Moscow', false],
	];
	for (const [line, expected] of rows) test(`reads "${line}" as ${expected ? 'a heading' : 'running text'}`, () => assert.equal(isHeading(line), expected));
});

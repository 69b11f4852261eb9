// Test helper: an Article around a body, and the analysis of it.
import type {Analysis, Article} from '../../source/core/types.js';
import {analyse} from '../../source/core/analyse.js';

/** An article whose body is `body` (paragraphs separated by blank lines). */
export function articleOf(body: string, id = 'fixture'): Article {
	return {id, path: `${id}.md`, title: id, outlet: null, published: null, source: null, body};
}

/** The analysis of a body. */
export function analyseBody(body: string): Analysis {
	return analyse(articleOf(body));
}

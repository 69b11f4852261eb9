// A new list (read in slices, or checked after a start from the last one): the reader is kept on
// its articles, matched by file, since ids can move. Done while rendering, so no frame shows the
// old cursor on the new list; the reducer (state/relist.ts) decides where the cursor goes.
import {useState, type Dispatch} from 'react';
import type {Article, LoadProblem} from '../core/types.js';
import type {Action} from '../state/reducer.js';
import type {State} from '../state/state.js';
import type {View} from '../state/view.js';

/** What the reader shows now, and what the list before it was. */
export type Listing = {
	articles: Article[];
	byId: Map<string, Article>;
	listIds: string[];
	problems: LoadProblem[];
	/** The position the reader was started at. */
	initial: {articleId?: string; scroll?: number};
	/** The list is read whole (no more slices to come). */
	complete: boolean;
};

/** Dispatches a `relist` when the articles or problems handed to the reader change. */
export function useRelist(listing: Listing, state: State, view: View, dispatch: Dispatch<Action>): void {
	const {articles, byId, listIds, problems} = listing;
	const [seen, setSeen] = useState({byId, listIds, problems});
	if (seen.byId === byId && seen.problems === problems) return;
	setSeen({byId, listIds, problems});
	const byPath = new Map<string, Article>();
	for (const a of articles) byPath.set(a.path, a);
	const follow = (id: string | null | undefined) => {
		const was = id === null || id === undefined ? undefined : seen.byId.get(id);
		const now = was ? byPath.get(was.path) : undefined;
		return {id: now?.id ?? null, replaced: now !== was};
	};

	const open = follow(state.openId);
	dispatch({
		type: 'relist',
		cursorId: follow(seen.listIds[state.listCursor]).id,
		openId: open.id,
		replaced: open.replaced,
		initial: listing.initial,
		hasProblems: problems.length > 0,
		moreProblems: problems.length > seen.problems.length,
		complete: listing.complete,
		view,
	});
}

// The side pane's entries for an analysis, computed once per analysis and entity filter.
import type {Analysis} from '../../core/types.js';
import {sideEntries, type SideEntry} from '../../state/side-entries.js';
import {kept} from './kept.js';

// Kept per analysis and entity filter, so an article opened again brings back the
// same entries, and with them its laid-out side pane (text/side-lines caches by entries).
const sides = new WeakMap<Analysis, Map<string | null, SideEntry[]>>();
/** The side entries of `analysis` under an entity filter, the same array each time. */
export function sideOf(analysis: Analysis, entity: string | null): SideEntry[] {
	return kept(sides, analysis, entity, () => sideEntries(analysis, entity));
}

// Reports the reading position to the caller (to be saved), debounced so keys cost nothing
// beyond a dispatch; the last position is flushed when the reader quits.
import {useCallback, useEffect, useRef} from 'react';

/** A reading position. */
export type Position = {articleId: string; scroll: number};

/** Debounce `onChange` by `delayMs`; returns a flush for quitting. */
export function usePosition(position: Position | null, onChange: ((p: Position) => void) | undefined, delayMs = 300): () => void {
	const pending = useRef<Position | null>(null);
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const flush = useCallback(() => {
		clearTimeout(timer.current);
		if (pending.current && onChange) {
			onChange(pending.current);
		}

		pending.current = null;
	}, [onChange]);
	const articleId = position?.articleId;
	const scroll = position?.scroll;
	useEffect(() => {
		if (articleId === undefined || scroll === undefined || !onChange) {
			return;
		}

		pending.current = {articleId, scroll};
		clearTimeout(timer.current);
		timer.current = setTimeout(flush, delayMs);
	}, [articleId, scroll, onChange, flush, delayMs]);
	// Unmounting (quit, or a signal the CLI turns into an unmount) still reports the last position.
	const flushRef = useRef(flush);
	flushRef.current = flush;
	useEffect(() => () => {
		flushRef.current();
	}, []);
	return flush;
}

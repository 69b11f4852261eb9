// When the reader may start analysing: the first frame draws the list before anything is
// analysed; the open article is analysed one tick later, once the analysis is loaded (a failed
// load shows as the article's analysis failing). While the list is still being read, that waits:
// the article that will be open is not known yet.
import {useEffect, useState} from 'react';

/** False until `prepare` has settled, a tick after the first frame with the list read whole. */
export function useStarted(prepare: (() => Promise<unknown>) | undefined, reading: boolean): boolean {
	const [started, setStarted] = useState(false);
	useEffect(() => {
		if (reading) return;
		let live = true;
		const start = () => {
			if (live) setStarted(true);
		};

		const timer = setTimeout(() => {
			void (prepare?.() ?? Promise.resolve()).then(start, start);
		}, 0);
		return () => {
			live = false;
			clearTimeout(timer);
		};
	}, [prepare, reading]);
	return started;
}

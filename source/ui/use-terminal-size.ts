// The terminal size, updated on 'resize' (Ink 6.8 has no useWindowSize).
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** Columns and rows of the output; 80×24 when the stream does not say. */
export function useTerminalSize(): {columns: number; rows: number} {
	const {stdout} = useStdout();
	const read = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => {
			setSize(previous => {
				const next = read();
				return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
			});
		};

		stdout.on('resize', onResize);
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [stdout]);
	return size;
}

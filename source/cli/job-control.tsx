// Ctrl-z and `fg`, as less and vim do them. In raw mode the terminal sends ctrl-z to the program
// as a key instead of stopping it, so the reader stops itself: main screen back, line editing
// on, then SIGTSTP with its default action (the shell reports the job stopped). Continued, it
// takes raw mode and the alternate screen again and redraws the whole frame, since the screen
// it comes back to is blank. `kill -TSTP` from outside takes the same path.
import {useInput, useStdout} from 'ink';
import {useEffect, useRef, type ReactNode} from 'react';
import {sendTerminal, terminalSequence} from './output.js';

/** The keyboard whose line discipline is switched. */
type Keys = {setRawMode?: (on: boolean) => unknown; isTTY?: boolean};

/** Wraps the reader: ctrl-z (or SIGTSTP) suspends, SIGCONT resumes and redraws. */
export function JobControl({keyboard, children}: {keyboard: Keys; children: ReactNode}) {
	const {write} = useStdout();
	const suspended = useRef(false);
	const suspend = useRef<() => void>(() => undefined);

	useEffect(() => {
		const redraw = () => {
			// Ink's own write: it erases its frame, writes this, then draws the whole frame again.
			write(terminalSequence('clearScreen'));
		};

		const onStop = () => {
			suspend.current();
		};

		suspend.current = () => {
			if (suspended.current) return;
			suspended.current = true;
			sendTerminal('leaveAlternateScreen', 'showCursor');
			keyboard.setRawMode?.(false);
			// With no listener the signal has its default action again: the process stops inside this
			// call and goes on from here after `fg`. Without job control (an orphaned process group)
			// the kernel discards the signal and the reader simply comes straight back.
			process.off('SIGTSTP', onStop);
			try {
				process.kill(process.pid, 'SIGTSTP');
			} finally {
				process.on('SIGTSTP', onStop);
				suspended.current = false;
				keyboard.setRawMode?.(true);
				sendTerminal('enterAlternateScreen');
				redraw();
			}
		};

		// Stopped from outside (SIGSTOP) and continued: the screen may have been drawn over meanwhile.
		process.on('SIGTSTP', onStop);
		process.on('SIGCONT', redraw);
		return () => {
			process.off('SIGTSTP', onStop);
			process.off('SIGCONT', redraw);
		};
	}, [keyboard, write]);

	useInput((input, key) => {
		if (key.ctrl && input === 'z') suspend.current();
	});

	return <>{children}</>;
}

// After a program exits, what did it leave the terminal like? The pane runs the program inside a
// shell that then prints the exit status and the tty's line discipline, and stays alive so tmux
// can also tell us whether the cursor is visible and the alternate screen is still on.
import {shellQuote, type TmuxSession} from './tmux.js';

const reportMarker = '[tty-report]';

/** Wraps a command so that, once it exits, the pane shows its status and the tty modes it left. */
export function withTerminalReport(argv: string[]): string {
	const run = argv.map(shellQuote).join(' ');
	// `stty -a` lists modes as words ("icanon" or "-icanon"); keep the two that raw mode flips.
	return `${run}; s=$?; printf '\\n${reportMarker} exit=%s modes=' "$s"; `
		+ `stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ','; `
		+ `printf ' end\\n'; exec sleep 600`;
}

/** The state of the terminal after the wrapped program exited. */
export type TerminalReport = {
	exitCode: number;
	/** Line editing back on (the program left raw mode). */
	canonical: boolean;
	/** Typed characters echo again. */
	echo: boolean;
	/** DECTCEM: the cursor is shown. */
	cursorVisible: boolean;
	/** Still on the alternate screen (the program did not switch back). */
	alternateScreen: boolean;
	screen: string;
};

/** Waits for the report line and reads the terminal's modes from tmux. */
export async function readTerminalReport(session: TmuxSession, timeoutMs = 15_000): Promise<TerminalReport> {
	const screen = await session.waitFor(/\[tty-report\] exit=\d+ modes=\S* end/, timeoutMs);
	const match = /\[tty-report\] exit=(\d+) modes=(\S*) end/.exec(screen);
	const modes = (match?.[2] ?? '').split(',');
	return {
		exitCode: Number(match?.[1]),
		canonical: modes.includes('icanon'),
		echo: modes.includes('echo'),
		cursorVisible: session.info('#{cursor_flag}') === '1',
		alternateScreen: session.info('#{alternate_on}') === '1',
		screen,
	};
}

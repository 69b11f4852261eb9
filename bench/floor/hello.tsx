// The Ink floor: the least an Ink app does (render one line, wait for a key), built with the
// same esbuild options as riposte, so the benchmark can tell riposte's cost from Ink's own.
import {render, Text, useApp, useInput} from 'ink';

/** One line of text; q quits. */
function Hello() {
	const {exit} = useApp();
	useInput(input => {
		if (input === 'q') exit();
	});
	return <Text>hello from the Ink floor</Text>;
}

render(<Hello />);

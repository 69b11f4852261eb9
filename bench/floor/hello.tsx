// The Ink floor: about the least an Ink app does (one line of text that changes on each key),
// built with the same esbuild options as riposte, so the benchmark can tell riposte's cost from
// Ink's own. q quits.
import {useState} from 'react';
import {render, Text, useApp, useInput} from 'ink';

/** One line of text and a key counter; q quits. */
function Hello() {
	const {exit} = useApp();
	const [keys, setKeys] = useState(0);
	useInput(input => {
		if (input === 'q') exit();
		else setKeys(count => count + 1);
	});
	return <Text>hello from the Ink floor · keys {keys}</Text>;
}

render(<Hello />);

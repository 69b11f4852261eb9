// argv → what to do. node:util parseArgs does the parsing; this file turns its errors into
// usage messages a person can act on and checks which options go with which command.
import {parseArgs} from 'node:util';

/** Export formats. */
export type ExportFormat = 'json' | 'markdown';

/** A parsed command line. */
export type Invocation =
	| {command: 'help'}
	| {command: 'version'}
	| {command: 'read'; paths: string[]}
	| {command: 'export'; paths: string[]; format: ExportFormat; output: string | null}
	| {command: 'usage-error'; message: string};

const options = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
	format: {type: 'string', short: 'f'},
	output: {type: 'string', short: 'o'},
} as const;

/** The option name parseArgs complained about, from its message ("Unknown option '--x'"). */
function describeParseError(error: Error): string {
	const code = (error as {code?: unknown}).code;
	const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
	// "Option '-f, --format <value>' argument missing": name the long form.
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${/--[\w-]+/.exec(option)?.[0] ?? option} needs a value`;
	return error.message;
}

/** Parses the arguments after `riposte`; never throws. */
export function parseInvocation(argv: string[]): Invocation {
	let parsed;
	try {
		parsed = parseArgs({args: argv, options, allowPositionals: true, strict: true});
	} catch (error) {
		return {command: 'usage-error', message: describeParseError(error as Error)};
	}

	const {values, positionals} = parsed;
	if (values.help) return {command: 'help'};
	if (values.version) return {command: 'version'};
	if (positionals[0] === 'export') {
		const format = values.format ?? 'json';
		if (format !== 'json' && format !== 'markdown') {
			return {command: 'usage-error', message: `unknown format "${format}" (use json or markdown)`};
		}

		return {command: 'export', paths: positionals.slice(1), format, output: values.output ?? null};
	}

	if (values.format !== undefined || values.output !== undefined) {
		return {command: 'usage-error', message: '--format and --output go with the export command: riposte export PATH… --format json'};
	}

	return {command: 'read', paths: positionals};
}

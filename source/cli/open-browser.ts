// `o` in the reader: the article's address handed to the user's browser — $BROWSER when set (the
// first of a colon-separated list; `%s` stands for the address, else it goes last), else the
// platform's opener. Started detached with no terminal, so the reader keeps the screen.
import {spawn} from 'node:child_process';

/** The command and arguments that open `url`. */
export function browserCommand(url: string, env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform): [string, string[]] {
	const browser = env['BROWSER']?.split(':').find(entry => entry.trim() !== '');
	if (browser) {
		const words = browser.trim().split(/\s+/);
		const args = words.slice(1);
		return words.some(word => word.includes('%s')) ? [words[0]!.replace('%s', url), args.map(word => word.replaceAll('%s', url))] : [words[0]!, [...args, url]];
	}

	if (platform === 'darwin') return ['open', [url]];
	if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
	return ['xdg-open', [url]];
}

/** Opens `url` in the browser; a missing opener is ignored (the status line already said what was asked). */
export function openInBrowser(url: string): void {
	const [command, args] = browserCommand(url);
	try {
		const child = spawn(command, args, {detached: true, stdio: 'ignore'});
		child.on('error', () => undefined);
		child.unref();
	} catch {}
}

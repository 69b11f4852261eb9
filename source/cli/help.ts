// The --help text. The keys come from the one key table (state/keymap.ts), so help cannot
// drift from what the keys do.
import {formatKeyHelp} from '../state/key-help.js';

/** Everything `riposte --help` prints. */
export function helpText(): string {
	return `riposte — read news about accusations against China and China's answers, claim by claim

Usage
  riposte                       read the bundled articles and the library of fetched ones
  riposte PATH|URL…             read articles from files, folders and http(s) addresses
                                (- reads one from standard input)
  riposte export [PATH|URL…] [--format json|markdown] [--output FILE]
                                write the analysis (entities, claims, responses, pairs);
                                no PATH exports the bundled articles

Options
  -f, --format json|markdown    export format (default json)
  -o, --output FILE             write the export to FILE instead of standard output
  -h, --help                    show this help
  -v, --version                 show the version

Articles
  .md, .markdown   Markdown, analysed as plain text (links are their text), shown with its
                   headings, emphasis, code and links styled. Optional front matter
                   (YAML between --- lines, or TOML between +++): title, date/published,
                   author, outlet/site/publisher, source/url, tags. Without a title the first
                   "# heading" is the title, else the first line.
  .txt             plain text; the first line that is not page furniture is the title.
  .html, .htm      a saved web page: its article (reader view) and the page's own title,
                   site name, date, author and canonical address.
  .rss, .atom, .xml, JSON Feed
                   a feed: one article per item, full content or the summary.
  http(s)://…      fetched (a page or feed) and kept in the library:
                   $XDG_DATA_HOME/riposte/library, else ~/.local/share/riposte/library.
  Folders are searched recursively. A file that cannot be read is listed with the reason; the
  others still open.

Keys
${formatKeyHelp()}
  ctrl-z        Suspend riposte (fg brings it back)

When output is not a terminal (riposte | cat, CI), riposte prints the list of articles instead.

Environment
  BROWSER                       what o opens an article's address with (else xdg-open / open)
  NO_COLOR=1                    no colour (FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off)
  RIPOSTE_STATE_DIR             where the reading position is kept
                                (default $XDG_STATE_HOME/riposte, else ~/.local/state/riposte)
  RIPOSTE_CACHE_DIR             where analyses and the list of article heads are cached
                                (default $XDG_CACHE_HOME/riposte, else ~/.cache/riposte)

Exit status
  0 done; 1 some files could not be read (the rest were shown or exported), or the output
  could not be written; 2 usage error
`;
}

// Two palettes. With colour: bold cyan/magenta/green/blue, readable on dark and light
// backgrounds (no white, black or yellow text). Without colour nothing relies on SGR styling
// (chalk drops even bold when colour is off): entity types get brackets, claim and response
// lines get letters in the gutter, the focused pane a double border. Markdown's own markup:
// headings bold and underlined, emphasis italic, strong bold, code grey, links blue and underlined.
import type {EntityType, MarkKind} from '../core/types.js';

/** The Text props a style may set. */
export type Style = {
	color?: string;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
	dimColor?: boolean;
};

/** Everything the components style, in one place. */
export type Theme = {
	color: boolean;
	entity: Record<EntityType, Style>;
	/** Brackets drawn around entity text when colour is off (empty when on). */
	brackets: Record<EntityType, [string, string]>;
	/** How the body's own markup is drawn (Markdown headings, emphasis, strong, code, links); entity styles go over it. */
	mark: Record<MarkKind, Style>;
	claim: Style;
	response: Style;
	highlight: Style;
	match: Style;
	currentMatch: Style;
	selected: Style;
	title: Style;
	dim: Style;
	key: Style;
	warning: Style;
	focusBorder: {borderStyle: 'double' | 'round'; borderColor?: string};
	border: {borderStyle: 'single' | 'round'; borderColor?: string};
};

const noBrackets: Theme['brackets'] = {person: ['', ''], organization: ['', ''], place: ['', ''], date: ['', '']};

/** Bracket legend used when colour is off: [person] {organization} <place> |date|. */
export const plainBrackets: Theme['brackets'] = {person: ['[', ']'], organization: ['{', '}'], place: ['<', '>'], date: ['|', '|']};

const colour: Theme = {
	color: true,
	entity: {
		person: {color: 'magenta', bold: true},
		organization: {color: 'cyan', bold: true},
		place: {color: 'green', bold: true},
		date: {color: 'blue', bold: true},
	},
	brackets: noBrackets,
	mark: {heading: {bold: true, underline: true}, emphasis: {italic: true}, strong: {bold: true}, code: {color: 'gray'}, link: {color: 'blue', underline: true}},
	claim: {color: 'red', bold: true},
	response: {color: 'green', bold: true},
	highlight: {inverse: true},
	match: {underline: true, color: 'magenta'},
	currentMatch: {inverse: true, bold: true},
	selected: {inverse: true, bold: true},
	title: {bold: true},
	dim: {dimColor: true},
	key: {bold: true, color: 'cyan'},
	warning: {bold: true, color: 'red'},
	focusBorder: {borderStyle: 'round', borderColor: 'cyan'},
	border: {borderStyle: 'round', borderColor: 'gray'},
};

const plain: Theme = {
	color: false,
	entity: {person: {}, organization: {}, place: {}, date: {}},
	brackets: plainBrackets,
	// Without colour chalk draws no SGR at all: markup shows as its plain words.
	mark: {heading: {}, emphasis: {}, strong: {}, code: {}, link: {}},
	claim: {},
	response: {},
	highlight: {inverse: true},
	match: {underline: true},
	currentMatch: {inverse: true},
	selected: {inverse: true},
	title: {bold: true},
	dim: {},
	key: {},
	warning: {},
	focusBorder: {borderStyle: 'double'},
	border: {borderStyle: 'single'},
};

/** The theme for a colour setting (colour unless explicitly turned off). */
export function themeFor(color: boolean | undefined): Theme {
	return color === false ? plain : colour;
}

// The domain vocabulary every layer speaks: io produces Articles, core produces Analyses,
// state and ui only read them. Offsets are UTF-16 indices (JavaScript string indices) into
// Article.body.

/** A half-open character range [start, end) into an article body. */
export type Span = {
	start: number;
	end: number;
};

/** One loaded article: front matter plus the body every offset points into. */
export type Article = {
	/** Stable id: the file name without extension, or a content hash for stdin. */
	id: string;
	/** Where it came from (a path, or "-" for stdin). */
	path: string;
	title: string;
	/** Publisher, or null when the text names none. */
	outlet: string | null;
	/** ISO date YYYY-MM-DD, or null when unknown. */
	published: string | null;
	/** The seed or original file the text was taken from, when known; for a page or feed item, its web address. */
	source: string | null;
	/** Who wrote it, when the file says (front matter, a page's byline, a feed item's author). */
	author?: string | null;
	/** Tags or categories the file gives. */
	tags?: string[];
	/** Article text with display-safe characters only (see io/sanitize). */
	body: string;
	/** How the source's markup styled stretches of the body (Markdown headings, emphasis, code, links), by start; for display only, the analysis never reads it. */
	marks?: Mark[];
};

/** A stretch of the body its markup styled: a heading (with its level), emphasis, strong, code, or a link (with its address). */
export type Mark = Span & ({kind: 'heading'; level: number} | {kind: 'emphasis' | 'strong' | 'code'} | {kind: 'link'; url: string});

/** The kinds of mark. */
export type MarkKind = Mark['kind'];

/** A file that could not be loaded, and why, in words a user can act on. */
export type LoadProblem = {
	path: string;
	reason: string;
	/** 'error' (the default): nothing was loaded from the path; 'warning': it loaded, with something dropped or replaced. */
	level?: 'error' | 'warning';
};

/** What loading a set of paths produced: the articles that loaded and the ones that did not. */
export type LoadResult = {
	articles: Article[];
	problems: LoadProblem[];
};

/** How far the reading of a library has got: files read of the files found. */
export type LoadProgress = {read: number; total: number};

/** A library as far as it is known: the articles (in reading order) and problems so far, and the progress until it is complete (then null). */
export type LibrarySoFar = LoadResult & {progress: LoadProgress | null};

/** Entity kinds the reader highlights. */
export type EntityType = 'person' | 'organization' | 'place' | 'date';

/** A named thing mentioned in the body. */
export type Entity = Span & {
	/** The text as it stands in the body. */
	text: string;
	/** One name for all its mentions ("Blinken" → "Antony Blinken"). */
	canonical: string;
	type: EntityType;
};

/** Which side of the dispute a speaker is on. */
export type Side = 'accuser' | 'china' | 'other';

/** Why a statement or a pair was found: one short phrase per rule that decided it, in order. */
export type Why = string[];

/** How a statement was reported. */
export type AttributionKind = 'direct' | 'indirect' | 'according';

/** A statement the article attributes to someone: who, how, and where. */
export type Attribution = Span & {
	text: string;
	/** Canonical speaker name ("Lin Jian", "NATO", "China"), or null if unresolved. */
	speaker: string | null;
	/** The speaker's role when the text gives one ("Chinese Foreign Ministry spokesperson"). */
	role: string | null;
	/** The reporting verb or phrase ("said", "accused", "according to"). */
	cue: string;
	kind: AttributionKind;
	side: Side;
	/** The sentence (or sentences) the statement stands in. */
	sentence: Span;
	/** What was said: the span without the speaker and the cue. */
	content: Span;
	/** For an answer in a transcript, the question it replies to. */
	answers?: Span;
	/** True when the speaker is a person (not a government, body or document). */
	person?: boolean;
	/** For a measure named as what an answer is about ("opposed Japan's decision to sanction …"), the answer's span. */
	inside?: Span;
	/** True for a measure told as an act in narration ("the US placed 105 firms on a trade list"), not a statement. */
	act?: boolean;
	/** The rules that made it a statement, gave it its speaker and side, and (for claims and responses) classified it. */
	why: Why;
};

/** Subjects a claim or response can be about; pairing matches on these. */
export type Topic = string;

/** An accusation, warning or demand about China's conduct from the accusing side. */
export type Claim = Attribution & {
	id: string;
	/** Descriptive subject labels (for grouping in the reader); no decision depends on them. */
	topics: Topic[];
};

/** A statement by China's government or officials that answers, denies or counter-attacks. */
export type Response = Attribution & {
	id: string;
	topics: Topic[];
};

/** A response judged to answer a claim; higher score = better answer. */
export type Pair = {
	claim: string;
	response: string;
	score: number;
	why: Why;
};

/** A sentence of the body. */
export type Sentence = Span;

/** Everything the core extracts from one article. */
export type Analysis = {
	articleId: string;
	sentences: Sentence[];
	entities: Entity[];
	claims: Claim[];
	responses: Response[];
	pairs: Pair[];
};

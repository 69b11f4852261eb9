import {inflectAll} from '../util/inflect.js';

// Reporting cues: verbs and phrases that introduce what someone said, alleged, denied or demanded.
// Gathered from the reporting-verb lists of English usage guides (said/told/added, accused/warned/
// urged, denied/rejected) and from the phrasing of diplomatic news coverage ("called on X to").

/**
 * Verbs of saying, accusing, warning, demanding and denying, as base forms (multi-word ones with
 * their particle); every inflection is generated. A verb here introduces speech when a speaker
 * stands before it ("Lin said", "NATO accused China", "Vietnam on Wednesday lodged a protest").
 */
export const reportingVerbs: readonly string[] = [
	'say', 'tell', 'add', 'note', 'stress', 'insist', 'warn', 'urge', 'accuse', 'call on', 'call for', 'call out',
	'deny', 'reject', 'dismiss', 'criticize', 'criticise', 'condemn', 'denounce', 'appeal for', 'appeal to',
	'raise concern', 'raise concerns', 'raise the alarm', 'express concern', 'voice concern', 'address concerns',
	'describe', 'detail', 'suggest', 'point out', 'report', 'reiterate', 'ask', 'demand', 'claim', 'allege', 'argue',
	'state', 'counter', 'respond', 'retort', 'hit back', 'slam', 'blast', 'maintain', 'explain', 'announce',
	'acknowledge', 'admit', 'vow', 'pledge', 'caution', 'lash out', 'protest', 'object', 'emphasize', 'emphasise',
	'underline', 'affirm', 'confirm', 'defend', 'question', 'conclude', 'echo', 'refute', 'rebut', 'brush off',
	'shrug off', 'push back', 'fire back', 'single out', 'brand', 'label', 'charge', 'blame', 'decry', 'deplore',
	'rebuke', 'castigate', 'censure', 'fault', 'press', 'brief', 'outline', 'assert', 'comment', 'remark',
	'tweet', 'predict', 'believe', 'contend', 'observe', 'highlight',
	'complain', 'lament', 'threaten', 'disclose', 'reveal', 'cite', 'refer to', 'share concerns',
	'share worries', 'take to task', 'lodge a protest', 'lodge protests', 'file a protest', 'summon',
	'answer', 'reply', 'suspect', 'fear', 'presume', 'assess', 'indicate', 'point to', 'signal', 'find', 'conclude', 'hint', 'restate',
	'brush aside', 'wave away', 'wave off', 'swat away', 'play down', 'downplay',
	// A stance against something named ("China opposes the US suppression of its economy").
	'oppose',
	// A charge brought in court ("indicted seven Chinese nationals for hacking").
	'indict',
];

/**
 * Reporting verbs whose object is a clause or a quotation, never a thing: "added that", "noted:",
 * but "added eleven firms to its list" and "noted the date" report nothing.
 */
export const clauseVerbs: readonly string[] = inflectAll([
	'add', 'note', 'state', 'comment', 'remark', 'predict', 'believe', 'observe', 'disclose', 'reveal', 'echo',
	'answer', 'fear', 'presume', 'assess', 'find',
]).concat(['found']);

/** Reporting verbs that are also nouns: their plain or -s form before a bare noun is the noun ("state media", "report findings"). */
export const nounLikeVerbs: readonly string[] = [
	'state', 'states', 'report', 'reports', 'claim', 'claims', 'comment', 'comments', 'question', 'questions', 'brief',
	'post', 'posts', 'label', 'labels', 'press', 'protest', 'protests', 'demand', 'demands', 'echo', 'echoes', 'counter',
	'fault', 'remark', 'remarks', 'note', 'notes', 'charge', 'charges', 'challenge', 'challenges', 'call', 'calls',
	'stress', 'say', 'tweet', 'tweets', 'answer', 'reply', 'warning', 'concern', 'concerns',
];

/** Irregular forms of the verbs above. */
const irregular = ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'write', 'found', 'took to task', 'takes to task', 'taking to task', 'see', 'sees', 'saw', 'concerned', 'fired back', 'hit back', 'hits back', 'hitting back', 'shook off',
	'went on to say', 'goes on to say', 'going on to say', 'went on to add', 'goes on to add', 'went on', 'goes on'];

/** Cues that introduce speech when a speaker stands before them ("Lin said", "NATO accused China"). */
export const leadingCues: readonly string[] = [...new Set([...inflectAll(reportingVerbs), ...irregular])];

/**
 * Verbs that report a stance when their object names one ("voiced strong opposition", "aired
 * concerns", "lodged a serious protest"): a verb, up to two words, then one of `stanceNouns`.
 */
export const stanceVerbs: readonly string[] = [...inflectAll(['voice', 'air', 'express', 'raise', 'lodge', 'file', 'register', 'share', 'issue', 'deliver', 'release', 'publish', 'post', 'impose', 'slap']), 'make', 'makes', 'made', 'making'];

/** Nouns that make a stance verb a report of what was said. */
export const stanceNouns: readonly string[] = [
	'concern', 'concerns', 'opposition', 'protest', 'protests', 'worries', 'worry', 'alarm', 'objection', 'objections',
	'dissatisfaction', 'displeasure', 'outrage', 'anger', 'complaint', 'complaints', 'warning', 'warnings',
	'condemnation', 'criticism', 'representations', 'démarche', 'demarche', 'rebuke', 'accusations', 'allegations',
	'statement', 'statements', 'fears', 'fear', 'doubts', 'misgivings', 'reservations', 'sanctions', 'curbs', 'restrictions', 'tariffs', 'duties', 'bans',
];

/** Cues that follow the content and precede or follow the speaker ("…, Biden said", "…, said a statement"). */
export const frameCues: readonly string[] = [
	'said', 'says', 'say', 'told', 'added', 'adds', 'noted', 'stressed', 'insisted', 'warned', 'reported', 'reports',
	'wrote', 'writes', 'argued', 'argues', 'explained', 'continued', 'concluded', 'stated', 'claimed', 'asserted',
	'tweeted', 'posted', 'declared', 'commented', 'remarked', 'countered', 'replied', 'responded', 'acknowledged',
	// "…,” Mr Zelenskiy went on.": only after what was said, where it cannot be the war going on.
	'went on', 'goes on',
];

/** Cues in the passive voice: the speaker is the body quoted just before ("Exports were defended as lawful"). */
export const passiveCues: readonly string[] = [
	'was defended', 'were defended', 'was denied', 'were denied', 'was rejected', 'were rejected', 'was dismissed',
	'were dismissed', 'was described', 'were described',
];

/** Past participles that report speech in the passive when an agent follows ("was condemned by Washington"). */
export const passiveAgentVerbs: readonly string[] = [
	'voiced', 'expressed', 'raised', 'lodged', 'rejected', 'made', 'issued', 'alleged', 'claimed', 'reported', 'said',
	'condemned', 'criticized', 'criticised', 'denounced', 'rejected', 'dismissed', 'denied', 'defended', 'described',
	'slammed', 'blasted', 'accused', 'questioned', 'disputed', 'protested', 'rebuked', 'decried', 'deplored', 'called',
	'branded', 'labelled', 'labeled', 'refuted', 'challenged', 'welcomed', 'praised', 'urged', 'warned', 'told',
];

/** Participles that add a second statement to the same speaker (", adding, “…”"). */
export const addingCues: readonly string[] = ['adding', 'saying', 'stating', 'noting', 'insisting', 'arguing', 'warning', 'stressing', 'writing', 'declaring', 'asserting', 'explaining'];

/** Auxiliaries and adverbs allowed between a speaker and the cue ("has also publicly denied"). */
export const cueFillers: readonly string[] = [
	'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'also', 'publicly', 'repeatedly', 'again', 'not',
	'never', 'firmly', 'previously', 'recently', 'earlier', 'increasingly', 'strongly', 'openly', 'directly',
	'further', 'then', 'already', 'would', 'will', 'could', 'did', 'does', 'do', 'once', 'later', 'today', 'yesterday',
	'flatly', 'angrily', 'sharply', 'quickly', 'separately', 'jointly', 'explicitly', 'reportedly', 'privately',
	'deeply', 'gravely', 'seriously', 'even', 'still', 'only', 'just', 'now', 'often', 'keeps', 'kept', 'keep', 'officially',
	'together', 'long', 'formally', 'collectively', 'first', 'subsequently', 'swiftly', 'immediately',
	'instead', 'moreover', 'likewise', 'meanwhile',
];

/** Words that introduce an attributed source ("according to X"). */
export const accordingCues: readonly string[] = ['according to'];

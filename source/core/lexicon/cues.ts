// Reporting cues: verbs and phrases that introduce what someone said, alleged, denied or demanded.
// Gathered from the reporting-verb lists of English usage guides (said/told/added, accused/warned/
// urged, denied/rejected) and from the phrasing of diplomatic news coverage ("called on X to").

/** Cues that introduce speech when a speaker stands before them ("Lin said", "NATO accused China"). */
export const leadingCues: readonly string[] = [
	'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stressed', 'stresses', 'insisted',
	'insists', 'warned', 'warns', 'urged', 'urges', 'accused', 'accuses', 'accuse', 'called on', 'calls on', 'call on',
	'called for', 'calls for', 'call for', 'calling on', 'calling for', 'calling out', 'called out', 'denied', 'denies',
	'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'criticized', 'criticised', 'criticizes', 'criticises',
	'condemned', 'condemns', 'appealed for', 'appealed to', 'raised concern', 'raised concerns', 'raised the alarm',
	'expressed concern', 'voiced concern', 'concerned', 'addressed concerns', 'described', 'describes', 'detailed',
	'suggested', 'pointed out', 'reported', 'reports', 'reiterated', 'reiterates', 'see', 'sees', 'asked', 'demanded',
	'demands', 'claimed', 'claims', 'alleged', 'alleges', 'argued', 'argues', 'stated', 'countered', 'responded',
	'retorted', 'hit back', 'slammed', 'blasted', 'maintained', 'maintains', 'explained', 'announced', 'acknowledged',
	'admitted', 'vowed', 'pledged', 'cautioned', 'lashed out', 'protested', 'objected', 'emphasized', 'emphasised',
	'underlined', 'affirmed', 'confirmed', 'defended', 'accused', 'questioned', 'wrote',
	'concluded', 'echoed', 'saying', 'adding', 'noting',
];

/** Cues that follow the content and precede or follow the speaker ("…, Biden said", "…, said a statement"). */
export const frameCues: readonly string[] = [
	'said', 'says', 'say', 'told', 'added', 'adds', 'noted', 'stressed', 'insisted', 'warned', 'reported', 'reports',
	'wrote', 'writes', 'argued', 'argues', 'explained', 'continued', 'concluded', 'stated', 'claimed', 'asserted',
	'tweeted', 'posted', 'declared', 'commented', 'remarked', 'countered', 'replied', 'responded', 'acknowledged',
];

/** Cues in the passive voice: the speaker is the body quoted just before ("Exports were defended as lawful"). */
export const passiveCues: readonly string[] = [
	'was defended', 'were defended', 'was denied', 'were denied', 'was rejected', 'were rejected', 'was dismissed',
	'were dismissed', 'was described', 'were described',
];

/** Participles that add a second statement to the same speaker (", adding, “…”"). */
export const addingCues: readonly string[] = ['adding', 'saying', 'stating', 'noting', 'insisting', 'arguing', 'warning', 'stressing'];

/** Auxiliaries and adverbs allowed between a speaker and the cue ("has also publicly denied"). */
export const cueFillers: readonly string[] = [
	'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'also', 'publicly', 'repeatedly', 'again', 'not',
	'never', 'firmly', 'previously', 'recently', 'earlier', 'increasingly', 'strongly', 'openly', 'directly',
	'further', 'then', 'already', 'would', 'will', 'could', 'did', 'does', 'do', 'once', 'later', 'today', 'yesterday',
	'flatly', 'angrily', 'sharply', 'quickly', 'separately', 'jointly', 'explicitly', 'reportedly', 'privately',
	'deeply', 'gravely', 'seriously', 'even', 'still', 'only', 'just', 'now', 'often',
];

/** Words that introduce an attributed source ("according to X"). */
export const accordingCues: readonly string[] = ['according to'];

// Topics that claims and responses are about, with the keywords that signal them: labels for the
// reader's corpus grouping and the Markdown report only. No claim, response or pair depends on
// them (dispute/classify and dispute/pair read structure and wording). Keywords come from the recurring subjects of the
// NATO-China exchange in 2022-2024 coverage (weapons and lethal aid, dual-use trade, support for
// Russia's war, disinformation, cyber/hybrid threats, NATO's role in Asia, sanctions, peace talks,
// joint drills) and from the phrases China's foreign ministry uses in rebuttals.

/** One topic: id, human label and lower-case keywords. */
export type TopicDefinition = {id: string; label: string; keywords: readonly string[]};

/** All topics, in display order. */
export const topics: readonly TopicDefinition[] = [
	{id: 'weapons', label: 'Weapons and lethal aid', keywords: ['weapon', 'weapons', 'lethal', 'arms', 'arming', 'munitions', 'ammunition', 'artillery', 'drone', 'drones', 'missiles', 'materiel', 'military support', 'military aid', 'tanks', 'armored vehicles', 'shells']},
	{id: 'trade', label: 'Dual-use goods and trade', keywords: ['dual-use', 'dual use', 'trade', 'trading', 'exports', 'exporting', 'export', 'machine tools', 'microelectronics', 'microchips', 'components', 'inputs', 'raw materials', 'economic', 'goods', 'satellite imagery', 'technologies', 'equipment', 'shipments', 'transfers', 'oil', 'gas', 'energy', 'purchases', 'buying']},
	{id: 'support', label: "Support for Russia's war", keywords: ['support', 'supporting', 'supply', 'supplying', 'enabler', 'enablers', 'enabling', 'enable', 'enabled', 'fuel', 'fueling', 'fuelling', 'fueled', 'war effort', 'defense industry', 'defense industrial', 'defence industry', 'defence industrial', 'industrial base', 'assistance', 'aid', 'help', 'helping', 'helped', 'helps', 'backing', 'cover', 'partnership', 'providing', 'provide', 'collaborating', 'military cooperation', 'combat equipment', 'war machine', 'supplied', 'supplies', 'war economy', 'afloat', 'intelligence', 'imagery', 'financing', 'funding', 'propping up', 'lifeline']},
	{id: 'disinformation', label: 'Disinformation', keywords: ['disinformation', 'false narratives', 'narratives', 'propaganda', 'amplifying', 'misinformation', 'fake news']},
	{id: 'security', label: 'Systemic, cyber and hybrid threats', keywords: ['systemic', 'cyber', 'hybrid', 'space', 'nuclear', 'coercive', 'coercion', 'divide', 'espionage', 'hacking', 'malicious', 'interference']},
	{id: 'asia', label: 'NATO in the Asia-Pacific', keywords: ['asia-pacific', 'indo-pacific', 'asia', 'pacific', 'tentacles', 'overreach']},
	{id: 'rebuttal', label: 'Rejecting NATO and Western accusations', keywords: ['cold war mentality', 'zero-sum', 'lies', 'slander', 'smear', 'misperception', 'provocative', 'aggressive rhetoric', 'finger-pointing', 'groundless', 'baseless', 'hype', 'hyping', 'confrontation', 'bloc', 'accusation', 'deplores', 'firmly opposes', 'protest', 'shifting blame']},
	{id: 'sanctions', label: 'Sanctions', keywords: ['sanction', 'sanctions', 'sanctioned', 'blacklist', 'entity list']},
	{id: 'peace', label: 'Peace and the war itself', keywords: ['peace', 'peaceful', 'political solution', 'resolution', 'condemn', 'oppose', 'neutrality', 'crisis', 'talks', 'impartial', 'neutral', 'escalating', 'de-escalation', 'aggression', 'withdraw', 'troops']},
	{id: 'drills', label: 'Joint military drills', keywords: ['exercises', 'drills', 'training', 'joint patrols']},
];

const labels = new Map(topics.map(t => [t.id, t.label]));

/** Human label for a topic id ("weapons" → "Weapons and lethal aid"); unknown ids come back as given. */
export function topicLabel(id: string): string {
	return labels.get(id) ?? id;
}

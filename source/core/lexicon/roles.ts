// Titles and roles that introduce or describe a speaker. Collected from the job titles used in
// government, NATO, EU and UN press releases and in wire-service style guides (AP, Reuters).

/** Capitalised title words that may precede a name ("Deputy Prime Minister", "Secretary-General"). */
export const titleWords: readonly string[] = [
	'President', 'Vice', 'Prime', 'Minister', 'Deputy', 'Secretary', 'Secretary-General', 'General', 'Foreign',
	'Defense', 'Defence', 'State', 'Affairs', 'Security', 'Policy', 'National', 'Advisor', 'Adviser', 'Ambassador',
	'Envoy', 'Special', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Chancellor', 'Premier', 'Chief', 'Director',
	'Head', 'Commissioner', 'High', 'Representative', 'Senator', 'Sen.', 'Rep.', 'Congressman', 'Congresswoman',
	'Governor', 'Mayor', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Admiral', 'Gen.', 'Lt.', 'Colonel', 'Col.',
	'Commander', 'Executive', 'Trade', 'Economy', 'Finance', 'Treasury', 'Commerce', 'Interior', 'Justice', 'Home',
	'Counselor', 'Councillor', 'Spokes', 'Assistant', 'Under', 'Undersecretary', 'Former', 'Acting', 'Mr.', 'Ms.',
	'Mrs.', 'Dr.', 'King', 'Queen', 'Leader', 'Permanent', 'Top', 'Senior', 'Official', 'Analyst', 'Professor',
];

/** Lower-case role nouns that may stand before a name ("spokesperson Mao Ning", "envoy Li Hui"). */
export const roleNouns: readonly string[] = [
	'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'secretary', 'president', 'premier', 'ambassador',
	'envoy', 'diplomat', 'leader', 'chief', 'head', 'director', 'commissioner', 'chancellor', 'official', 'adviser',
	'advisor', 'analyst', 'professor', 'representative', 'counselor', 'general', 'admiral', 'commander', 'chairman',
	'chairwoman', 'senator', 'lawmaker', 'deputy', 'researcher', 'expert', 'ceo', 'founder', 'coordinator',
];

/** Lower-case nouns that make a phrase a possible speaker ("US officials", "the NATO statement"). */
export const speakerNouns: readonly string[] = [
	...roleNouns, 'spokespeople', 'ministers', 'ministry', 'ambassadors', 'diplomats', 'leaders', 'leadership',
	'officials', 'statement', 'declaration', 'communique', 'communiqué', 'mission', 'embassy', 'consulate', 'alliance', 'allies',
	'members', 'states', 'government', 'governments', 'politicians', 'lawmakers', 'administration', 'department',
	'capitals', 'countries', 'nations', 'reports', 'report', 'bloc', 'pact', 'office', 'council', 'commission',
	'foreign', 'defense', 'defence', 'policy', 'security', 'national', 'state', 'prime', 'top', 'senior', 'former',
	'joint', 'emailed', 'written', 'heads', 'analysts', 'experts', 'observers', 'sources', 'authorities', 'regime',
	'parliament', 'cabinet', 'presidency', 'affairs', 'secretary-general', 'spokesperson’s', 'team', 'trade',
	'commerce', 'economy', 'finance', 'interior', 'justice', 'energy', 'industry', 'climate', 'digital', 'health', 'chiefs',
	'bureau', 'agency', 'agencies', 'directorate', 'watchdog', 'regulator', 'tribunal', 'document', 'readout', 'draft',
	'investigators', 'prosecutors', 'enforcement', 'police',
];

/** Pronouns that can stand for a speaker named earlier. */
export const speakerPronouns: readonly string[] = ['he', 'she', 'they', 'it'];

/** Nouns that stand for a statement issued by a body ("the statement said"). */
export const statementNouns: readonly string[] = ['statement', 'declaration', 'communique', 'communiqué', 'document', 'text', 'readout', 'draft'];

/** Nouns for a document a body issues or answers ("the report issued by …", "the statement had smeared China"). */
export const documentNouns: readonly string[] = [...statementNouns.filter(n => n !== 'text'), 'report', 'review', 'assessment', 'findings', 'white paper', 'resolution'];

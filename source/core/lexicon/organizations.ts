// Gazetteer of organisations: international bodies and alliances (their own official names and
// the abbreviations the press uses), the governments' organs of the G7 members, China and Russia
// that speak on foreign policy, and news outlets and photo agencies that appear in bylines, credits
// and "X reported" attributions. Companies, think tanks and armed groups are not listed: they are
// found by their suffix ("… Group", "… Council") or a descriptor before them ("the drone maker X").

/** Surface form → canonical organisation name. */
export const organizationAliases: Readonly<Record<string, string>> = {
	NATO: 'NATO',
	'North Atlantic Treaty Organization': 'NATO',
	'European Union': 'European Union',
	EU: 'European Union',
	'European Commission': 'European Commission',
	'European Parliament': 'European Parliament',
	'European Council': 'European Council',
	'United Nations': 'United Nations',
	UN: 'United Nations',
	'U.N.': 'United Nations',
	'United Nations Security Council': 'United Nations Security Council',
	'UN Security Council': 'United Nations Security Council',
	'U.N. Security Council': 'United Nations Security Council',
	'Security Council': 'United Nations Security Council',
	'UN General Assembly': 'UN General Assembly',
	'United Nations General Assembly': 'UN General Assembly',
	'Group of Seven': 'Group of Seven',
	G7: 'Group of Seven',
	'G-7': 'Group of Seven',
	'Group of 20': 'Group of 20',
	G20: 'Group of 20',
	'G-20': 'Group of 20',
	'Shanghai Cooperation Organisation': 'Shanghai Cooperation Organisation',
	'Shanghai Cooperation Organization': 'Shanghai Cooperation Organisation',
	SCO: 'Shanghai Cooperation Organisation',
	BRICS: 'BRICS',
	Kremlin: 'Kremlin',
	'White House': 'White House',
	'State Department': 'U.S. State Department',
	Pentagon: 'Pentagon',
	'Treasury Department': 'U.S. Treasury Department',
	'U.S. Treasury Department': 'U.S. Treasury Department',
	'US Treasury Department': 'U.S. Treasury Department',
	'U.S. Treasury': 'U.S. Treasury Department',
	'US Treasury': 'U.S. Treasury Department',
	'Commerce Department': 'U.S. Commerce Department',
	'Foreign Office': 'Foreign Office',
	'Chinese Communist Party': 'Chinese Communist Party',
	'Communist Party': 'Chinese Communist Party',
};

/** News outlets, agencies and photo services (English-language press and wires, Chinese state media). */
export const mediaOutlets: readonly string[] = [
	'CNN', 'BBC', 'ABC', 'CBS', 'CBS News', 'NBC', 'NBC News', 'Fox News', 'NPR', 'Reuters', 'Associated Press', 'AP',
	'AFP', 'Agence France-Presse', 'Bloomberg', 'Getty Images', 'The Hill', 'Politico', 'Axios', 'Financial Times',
	'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
	'Wall Street Journal', 'The Guardian', 'The Economist', 'Der Spiegel', 'Le Monde', 'Nikkei', 'Kyodo', 'Yonhap',
	'Radio Free Asia', 'Voice of America', 'The Epoch Times', 'Epoch Times', 'South China Morning Post', 'Al Jazeera',
	'Deutsche Welle', 'DW', 'Xinhua', 'Global Times', 'CGTN', 'China Daily', "People's Daily", 'People’s Daily', 'TASS',
	'RIA Novosti', 'Interfax', 'Sputnik', 'RT',
];

/** Chinese state media: reported as speaking for Beijing rather than as independent reports. */
export const chineseStateMedia: readonly string[] = ['Xinhua', 'Global Times', 'CGTN', 'China Daily', "People's Daily", 'People’s Daily'];

/** Words that end an organisation name built from capitalised words. */
export const organizationSuffixes: readonly string[] = [
	'Council', 'Commission', 'Committee', 'Ministry', 'Department', 'Agency', 'Group', 'Institute', 'University',
	'Organization', 'Organisation', 'Party', 'Bank', 'Corporation', 'Corp.', 'Co.', 'Ltd.', 'Inc.', 'LLC', 'Company',
	'Administration', 'Office', 'Embassy', 'Mission', 'Alliance', 'Union', 'Forum', 'Foundation', 'Association',
	'Academy', 'Bureau', 'Service', 'Times', 'News', 'Post', 'Journal', 'Agency', 'Parliament', 'Congress', 'Senate',
	'Navy', 'Army', 'Force', 'Forces', 'Guard', 'Police', 'Court', 'Commons', 'Cabinet', 'Assembly', 'Command',
];

/** Words that open an organisation name followed by "of" ("Ministry of National Defence", "House of Commons"). */
export const organizationHeads: readonly string[] = [
	'Ministry', 'Department', 'House', 'Office', 'Bureau', 'Court', 'Council', 'Commission', 'Committee', 'Agency',
	'Institute', 'University', 'Bank', 'Chamber', 'Federation', 'Board', 'Secretariat',
];

/** Lower-case nouns that introduce a company name in apposition ("the drone maker, Acme Aero,"). */
export const companyDescriptors: readonly string[] = [
	'manufacturer', 'maker', 'company', 'firm', 'producer', 'supplier', 'developer', 'contractor', 'exporter',
	'conglomerate', 'startup', 'operator',
];

/**
 * China's organs as the press writes them in running text, often in lower case ("China's foreign
 * ministry", "Beijing's EU mission"), with their canonical names; from the organs' own English names
 * (the defence ministry keeps the article's spelling, so both forms of one article agree).
 */
export const chineseOrgans: ReadonlyArray<readonly [RegExp, string]> = [
	[/\b(?:Chinese|China['’]s)\s+(?:[Ff]oreign [Mm]inistry|[Mm]inistry of [Ff]oreign [Aa]ffairs)/g, 'Chinese Foreign Ministry'],
	[/\b(?:Chinese|China['’]s)\s+[Ee]mbassy\b/g, 'Chinese Embassy'],
	[/\b(?:Chinese|China['’]s)\s+mission to the (?:European Union|EU)\b|\bBeijing['’]s EU mission\b/g, 'Chinese mission to the European Union'],
	[/\b(?:Chinese|China['’]s)\s+(?:[Dd]efense [Mm]inistry|[Mm]inistry of (?:National )?[Dd]efense)/g, 'Chinese Defense Ministry'],
	[/\b(?:Chinese|China['’]s)\s+(?:[Dd]efence [Mm]inistry|[Mm]inistry of (?:National )?[Dd]efence)/g, 'Chinese Defence Ministry'],
	[/\b(?:Chinese|China['’]s)\s+(?:[Cc]ommerce [Mm]inistry|[Mm]inistry of [Cc]ommerce)/g, 'Chinese Commerce Ministry'],
];

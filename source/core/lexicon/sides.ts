// Which side of the dispute a country, people or body stands on. The accusing side is NATO, its
// member states (the 32 members as of 2024), its Indo-Pacific and European partners (EU, G7, Japan,
// South Korea, Australia, New Zealand, Ukraine) and their governments; China's side is the PRC
// government, its organs and state media. Lists are the official membership rolls of those bodies.

import type {Side} from '../types.js';

/** Country (canonical name) → side. */
export const countrySides: Readonly<Record<string, Side>> = {
	China: 'china',
	// Special administrative regions of the PRC: their governments are its organs.
	'Hong Kong': 'china', Macau: 'china',
	Russia: 'other', Belarus: 'other', Iran: 'other', 'North Korea': 'other',
	'United States': 'accuser', 'United Kingdom': 'accuser', Canada: 'accuser', France: 'accuser', Germany: 'accuser',
	Italy: 'accuser', Spain: 'accuser', Portugal: 'accuser', Netherlands: 'accuser', Belgium: 'accuser',
	Luxembourg: 'accuser', Denmark: 'accuser', Norway: 'accuser', Iceland: 'accuser', Sweden: 'accuser',
	Finland: 'accuser', Poland: 'accuser', Czechia: 'accuser', Slovakia: 'accuser', Hungary: 'accuser',
	Romania: 'accuser', Bulgaria: 'accuser', Slovenia: 'accuser', Croatia: 'accuser', Albania: 'accuser',
	Montenegro: 'accuser', 'North Macedonia': 'accuser', Greece: 'accuser', Turkey: 'accuser', Estonia: 'accuser',
	Latvia: 'accuser', Lithuania: 'accuser', Japan: 'accuser', 'South Korea': 'accuser', Australia: 'accuser',
	'New Zealand': 'accuser', Ukraine: 'accuser', Taiwan: 'accuser',
};

/** Nationality adjectives and demonyms → canonical country (or bloc) they name. */
export const nationalities: Readonly<Record<string, string>> = {
	Chinese: 'China', Russian: 'Russia', Belarusian: 'Belarus', Iranian: 'Iran', 'North Korean': 'North Korea',
	American: 'United States', British: 'United Kingdom', Canadian: 'Canada', French: 'France', German: 'Germany',
	Italian: 'Italy', Spanish: 'Spain', Portuguese: 'Portugal', Dutch: 'Netherlands', Belgian: 'Belgium',
	Danish: 'Denmark', Norwegian: 'Norway', Icelandic: 'Iceland', Swedish: 'Sweden', Finnish: 'Finland',
	Polish: 'Poland', Czech: 'Czechia', Slovak: 'Slovakia', Hungarian: 'Hungary', Romanian: 'Romania',
	Bulgarian: 'Bulgaria', Slovenian: 'Slovenia', Croatian: 'Croatia', Albanian: 'Albania', Greek: 'Greece',
	Turkish: 'Turkey', Estonian: 'Estonia', Latvian: 'Latvia', Lithuanian: 'Lithuania', Japanese: 'Japan',
	'South Korean': 'South Korea', Australian: 'Australia', 'New Zealand': 'New Zealand', Ukrainian: 'Ukraine',
	Taiwanese: 'Taiwan', Indian: 'India', European: 'European Union', Western: 'the West', Philippine: 'Philippines',
	Filipino: 'Philippines', Vietnamese: 'Vietnam', Palauan: 'Palau', Indonesian: 'Indonesia', Malaysian: 'Malaysia',
	Irish: 'Ireland', Austrian: 'Austria', Swiss: 'Switzerland',
};

/** Bodies (canonical organisation names) → side. */
export const organizationSides: Readonly<Record<string, Side>> = {
	NATO: 'accuser', 'European Union': 'accuser', 'European Commission': 'accuser', 'European Parliament': 'accuser',
	'European Council': 'accuser', 'Group of Seven': 'accuser', 'White House': 'accuser', 'U.S. State Department': 'accuser',
	Pentagon: 'accuser', 'U.S. Treasury Department': 'accuser', 'U.S. Commerce Department': 'accuser',
	'Foreign Office': 'accuser', 'the West': 'accuser',
	'Chinese Communist Party': 'china', 'Chinese Foreign Ministry': 'china', 'Chinese Embassy': 'china',
	'Chinese mission to the European Union': 'china', Kremlin: 'other', 'Wagner Group': 'other',
};

/**
 * Group nouns the press uses for NATO when it is the subject of a statement ("the alliance said",
 * "alliance leaders urged"); from the wording of NATO summit coverage.
 */
export const natoGroupWords: readonly string[] = [
	'alliance', 'the alliance', 'alliance leaders', 'the bloc', 'bloc', 'allies', 'the allies', 'nato allies',
	'the leaders', 'leaders', 'allied leaders', 'the pact', 'nato leaders', 'nato members', 'the western alliance',
	'the defense alliance', 'the defence alliance', 'the military alliance',
];

/** Capitals used as metonyms for their governments ("Beijing denies…", "Washington said…"). */
export const capitalOf: Readonly<Record<string, string>> = {
	Beijing: 'China', Washington: 'United States', Moscow: 'Russia', London: 'United Kingdom', Paris: 'France',
	Berlin: 'Germany', Tokyo: 'Japan', Seoul: 'South Korea', Canberra: 'Australia', Kyiv: 'Ukraine', Taipei: 'Taiwan',
	Pyongyang: 'North Korea', Tehran: 'Iran', Minsk: 'Belarus', Ottawa: 'Canada', Rome: 'Italy', Warsaw: 'Poland',
	Wellington: 'New Zealand', 'New Delhi': 'India', Ankara: 'Turkey', Stockholm: 'Sweden', Helsinki: 'Finland',
	Manila: 'Philippines', Hanoi: 'Vietnam', Jakarta: 'Indonesia', 'Kuala Lumpur': 'Malaysia', Brussels: 'European Union',
	Vilnius: 'Lithuania', Riga: 'Latvia', Tallinn: 'Estonia', Prague: 'Czechia', Bucharest: 'Romania', Madrid: 'Spain',
	Oslo: 'Norway', Copenhagen: 'Denmark', 'The Hague': 'Netherlands', Dublin: 'Ireland', Vienna: 'Austria',
};

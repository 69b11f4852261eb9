// Gazetteer of places. Countries: common English short names of the ISO 3166-1 list (plus the
// usual press forms such as "U.S." and "UK"); cities: capitals and other cities often datelined in
// international news (national capitals, and the host cities of NATO, G7, G20, SCO and BRICS
// summits and of the World Economic Forum since 2019); regions: continents, seas and geopolitical regions used by wire services.
// Keys are surface forms; values are the canonical name.

/** Surface form → canonical place name. */
export const placeAliases: Readonly<Record<string, string>> = {
	'U.S.': 'United States',
	US: 'United States',
	USA: 'United States',
	'U.S.A.': 'United States',
	America: 'United States',
	'United States of America': 'United States',
	'the United States': 'United States',
	UK: 'United Kingdom',
	'U.K.': 'United Kingdom',
	Britain: 'United Kingdom',
	'Great Britain': 'United Kingdom',
	PRC: 'China',
	"People's Republic of China": 'China',
	'People’s Republic of China': 'China',
	'Mainland China': 'China',
	DPRK: 'North Korea',
	ROK: 'South Korea',
	'Republic of Korea': 'South Korea',
	'D.C.': 'DC',
	'Washington, D.C.': 'Washington',
	Kiev: 'Kyiv',
	'Czech Republic': 'Czechia',
};

/** Countries (ISO 3166-1 common English short names). */
export const countries: readonly string[] = [
	'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
	'Azerbaijan', 'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana',
	'Brazil', 'Brunei', 'Bulgaria', 'Cambodia', 'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Croatia',
	'Cuba', 'Cyprus', 'Czechia', 'Denmark', 'Djibouti', 'Ecuador', 'Egypt', 'Eritrea', 'Estonia', 'Ethiopia',
	'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran',
	'Iraq', 'Ireland', 'Israel', 'Italy', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Kyrgyzstan',
	'Laos', 'Latvia', 'Lebanon', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Malaysia', 'Mali', 'Malta',
	'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Myanmar', 'Nepal', 'Netherlands',
	'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan',
	'Palestine', 'Panama', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda',
	'Saudi Arabia', 'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea',
	'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan',
	'Tanzania', 'Thailand', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Uganda', 'Ukraine',
	'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam',
	'Yemen', 'Zambia', 'Zimbabwe',
];

/** Cities: national capitals and summit host cities. */
export const cities: readonly string[] = [
	'Beijing', 'Shanghai', 'Hong Kong', 'Moscow', 'Kyiv', 'Kharkiv', 'Odesa', 'Minsk', 'Washington', 'DC',
	'New York', 'London', 'Paris', 'Berlin', 'Munich', 'Brussels', 'Prague', 'Vilnius', 'Riga', 'Tallinn', 'Warsaw',
	'Budapest', 'Bucharest', 'Sofia', 'Bratislava', 'Vienna', 'Rome', 'Madrid', 'Lisbon', 'Amsterdam', 'The Hague',
	'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Athens', 'Ankara', 'Istanbul', 'Geneva', 'Tokyo', 'Seoul',
	'Pyongyang', 'Tehran', 'Taipei', 'Canberra', 'Sydney', 'Wellington', 'Ottawa', 'New Delhi', 'Delhi', 'Manila',
	'Hanoi', 'Jakarta', 'Singapore', 'Bangkok', 'Astana', 'Tashkent', 'Samarkand', 'Hiroshima', 'Davos',
	'Biarritz', 'Cornwall', 'Elmau', 'Apulia', 'Kananaskis', 'Johannesburg', 'Kazan', 'Rio de Janeiro', 'Bali',
	'Osaka', 'Beirut', 'Jerusalem', 'Tel Aviv', 'Cairo', 'Riyadh', 'Doha', 'Dubai',
];

/** Regions, continents, seas. Bare oceans are left out because they mostly occur in adjectives. */
export const regions: readonly string[] = [
	'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central Asia', 'East Asia',
	'Southeast Asia', 'South Asia', 'Middle East', 'Asia-Pacific', 'Indo-Pacific', 'Eastern Europe', 'Western Europe',
	'Central Europe', 'Baltic Sea', 'Black Sea', 'South China Sea', 'East China Sea', 'Taiwan Strait', 'Arctic',
	'Russian Far East', 'Siberia', 'Crimea', 'Donbas', 'Xinjiang', 'Tibet', 'Balkans', 'Baltics', 'Scandinavia',
	'Caucasus', 'Pacific Ocean', 'Atlantic Ocean', 'Indian Ocean', 'Gaza', 'West Bank',
];

/** Words that end a place name built from capitalised words ("Convention Center", "Red Square"). */
export const placeSuffixes: readonly string[] = [
	'Center', 'Centre', 'Square', 'Airport', 'Sea', 'Ocean', 'Strait', 'Province', 'Oblast', 'Region', 'Island',
	'Islands', 'Peninsula', 'Palace', 'Hall',
];

// People the press names by surname alone once introduced, with the side they speak for. One rule,
// whoever any article names: office-holders since February 2022 (the war's years) who are
// - heads of government, and presidents who lead foreign policy, of the G7 members, China, Russia,
//   Ukraine, Belarus and North Korea;
// - foreign ministers of the G7 members, China, Russia and Ukraine;
// - NATO Secretaries General, and the EU's Commission and Council presidents and High Representatives;
// - spokespeople of China's foreign ministry 2019-2025 (from the ministry's published briefing rota).
// Defence ministers, ambassadors and other officials are left out: the press introduces them by
// title, and the title gives their side (steps/05b-person-side).

import type {Side} from '../types.js';

/** A well-known person: canonical name and the side they speak for. */
export type KnownPerson = {name: string; side: Side};

/** Known public figures. */
export const knownPeople: readonly KnownPerson[] = [
	// Russia, Belarus, North Korea.
	{name: 'Vladimir Putin', side: 'other'}, {name: 'Mikhail Mishustin', side: 'other'}, {name: 'Sergei Lavrov', side: 'other'},
	{name: 'Alexander Lukashenko', side: 'other'}, {name: 'Kim Jong Un', side: 'other'},
	// China: president, premiers, foreign ministers, foreign ministry spokespeople.
	{name: 'Xi Jinping', side: 'china'}, {name: 'Li Keqiang', side: 'china'}, {name: 'Li Qiang', side: 'china'},
	{name: 'Wang Yi', side: 'china'}, {name: 'Qin Gang', side: 'china'}, {name: 'Geng Shuang', side: 'china'},
	{name: 'Hua Chunying', side: 'china'}, {name: 'Zhao Lijian', side: 'china'}, {name: 'Wang Wenbin', side: 'china'},
	{name: 'Mao Ning', side: 'china'}, {name: 'Lin Jian', side: 'china'}, {name: 'Guo Jiakun', side: 'china'},
	// United States.
	{name: 'Joe Biden', side: 'accuser'}, {name: 'Donald Trump', side: 'accuser'}, {name: 'Antony Blinken', side: 'accuser'},
	{name: 'Marco Rubio', side: 'accuser'},
	// United Kingdom.
	{name: 'Boris Johnson', side: 'accuser'}, {name: 'Liz Truss', side: 'accuser'}, {name: 'Rishi Sunak', side: 'accuser'},
	{name: 'Keir Starmer', side: 'accuser'}, {name: 'James Cleverly', side: 'accuser'}, {name: 'David Cameron', side: 'accuser'},
	{name: 'David Lammy', side: 'accuser'},
	// France, Germany, Italy.
	{name: 'Emmanuel Macron', side: 'accuser'}, {name: 'Catherine Colonna', side: 'accuser'}, {name: 'Stephane Sejourne', side: 'accuser'},
	{name: 'Jean-Noel Barrot', side: 'accuser'}, {name: 'Olaf Scholz', side: 'accuser'}, {name: 'Friedrich Merz', side: 'accuser'},
	{name: 'Annalena Baerbock', side: 'accuser'}, {name: 'Johann Wadephul', side: 'accuser'}, {name: 'Mario Draghi', side: 'accuser'},
	{name: 'Giorgia Meloni', side: 'accuser'}, {name: 'Luigi Di Maio', side: 'accuser'}, {name: 'Antonio Tajani', side: 'accuser'},
	// Japan, Canada.
	{name: 'Fumio Kishida', side: 'accuser'}, {name: 'Shigeru Ishiba', side: 'accuser'}, {name: 'Yoshimasa Hayashi', side: 'accuser'},
	{name: 'Yoko Kamikawa', side: 'accuser'}, {name: 'Takeshi Iwaya', side: 'accuser'}, {name: 'Justin Trudeau', side: 'accuser'},
	{name: 'Mark Carney', side: 'accuser'}, {name: 'Melanie Joly', side: 'accuser'}, {name: 'Anita Anand', side: 'accuser'},
	// Ukraine.
	{name: 'Volodymyr Zelensky', side: 'accuser'}, {name: 'Denys Shmyhal', side: 'accuser'}, {name: 'Dmytro Kuleba', side: 'accuser'},
	{name: 'Andrii Sybiha', side: 'accuser'},
	// NATO and the EU.
	{name: 'Jens Stoltenberg', side: 'accuser'}, {name: 'Mark Rutte', side: 'accuser'}, {name: 'Ursula von der Leyen', side: 'accuser'},
	{name: 'Charles Michel', side: 'accuser'}, {name: 'Antonio Costa', side: 'accuser'}, {name: 'Josep Borrell', side: 'accuser'},
	{name: 'Kaja Kallas', side: 'accuser'},
];

/**
 * Common Chinese family names (the most frequent ones in the 2020 census list, romanised in pinyin),
 * plus Geng, Hua and Xi, the family names of Chinese officials listed above. A capitalised two- or
 * three-word run starting with one of them is read as a person's name. "He" is left out although
 * frequent, since it is also the pronoun; the entity step reads it as a name only before another
 * capitalised word.
 */
export const chineseSurnames: readonly string[] = [
	'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu',
	'Guo', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng',
	'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu',
	'Ding', 'Ren', 'Shen', 'Yao', 'Fu', 'Zhong', 'Cui', 'Tan', 'Liao', 'Fan', 'Shi', 'Jin', 'Qin', 'Geng', 'Mao',
	'Hua', 'Xi', 'Qian', 'Kong', 'Bai', 'Yin', 'Duan', 'Lei', 'Hou', 'Hao', 'Kang', 'Yan', 'Qiu', 'Gu',
	// The same families as Hong Kong, Macau and Taiwan romanise them (Cantonese and Wade-Giles).
	'Chan', 'Wong', 'Leung', 'Lam', 'Cheung', 'Chow', 'Choi', 'Fok', 'Hui', 'Siu', 'Kwok', 'Tse', 'Yip', 'Lau', 'Ng',
	'Lai', 'Tsai', 'Chiang', 'Hsu', 'Hsieh', 'Kuo', 'Tseng', 'Chou', 'Chang', 'Lo', 'Mak', 'Poon', 'Tam', 'Yeung',
];

/**
 * Common given names (the most frequent in the US and UK birth records of the last decades, plus
 * frequent Ukrainian, French, German and Spanish ones): a capitalised two- or three-word run
 * starting with one of them is read as a person's name ("Simon Cheng", "Michael Chong").
 */
export const givenNames: readonly string[] = [
	'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher',
	'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian',
	'George', 'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric',
	'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Frank', 'Alexander',
	'Raymond', 'Patrick', 'Jack', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'Jose', 'Adam', 'Henry', 'Nathan', 'Douglas',
	'Zachary', 'Peter', 'Kyle', 'Walter', 'Ethan', 'Jeremy', 'Harold', 'Keith', 'Christian', 'Roger', 'Noah', 'Gerald',
	'Carl', 'Terry', 'Sean', 'Austin', 'Arthur', 'Lawrence', 'Jesse', 'Dylan', 'Bryan', 'Joe', 'Jordan', 'Billy',
	'Bruce', 'Albert', 'Willie', 'Gabriel', 'Logan', 'Alan', 'Juan', 'Wayne', 'Roy', 'Ralph', 'Randy', 'Eugene',
	'Vincent', 'Russell', 'Elijah', 'Louis', 'Bobby', 'Philip', 'Johnny', 'Tony', 'Simon', 'Joey', 'Martin', 'Oliver',
	'Harry', 'Charlie', 'Ian', 'Neil', 'Graham', 'Nigel', 'Colin', 'Stuart', 'Mary',
	'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy',
	'Betty', 'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa',
	'Deborah', 'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen', 'Amy', 'Angela', 'Shirley', 'Anna',
	'Brenda', 'Pamela', 'Emma', 'Nicole', 'Helen', 'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel', 'Carolyn',
	'Janet', 'Catherine', 'Maria', 'Heather', 'Diane', 'Ruth', 'Julie', 'Olivia', 'Joyce', 'Virginia', 'Victoria',
	'Kelly', 'Lauren', 'Christina', 'Joan', 'Evelyn', 'Judith', 'Megan', 'Andrea', 'Cheryl', 'Hannah', 'Jacqueline',
	'Martha', 'Gloria', 'Teresa', 'Ann', 'Sara', 'Madison', 'Frances', 'Kathryn', 'Janice', 'Jean', 'Abigail', 'Alice',
	'Julia', 'Judy', 'Sophia', 'Grace', 'Denise', 'Amber', 'Doris', 'Marilyn', 'Danielle', 'Beverly', 'Isabella',
	'Theresa', 'Diana', 'Natalie', 'Brittany', 'Charlotte', 'Marie', 'Kayla', 'Alexis', 'Lori', 'Penny', 'Kate',
	'Oleh', 'Oleksandr', 'Olena', 'Volodymyr', 'Dmytro', 'Andrii', 'Andriy', 'Mykola', 'Serhiy', 'Yuriy', 'Vitali',
	'Kyrylo', 'Denys', 'Iryna', 'Yulia', 'Pierre', 'Jacques', 'François', 'Marine', 'Emmanuel', 'Hans',
	'Klaus', 'Wolfgang', 'Jürgen', 'Annalena', 'Olaf', 'Friedrich', 'Carlos', 'Luis', 'Miguel', 'Pedro', 'Javier',
];

// People the press names by surname alone once introduced, with the side they speak for. Heads of
// state and government, foreign and defence ministers, NATO and EU leaders, and the spokespeople of
// China's foreign ministry 2019-2025 (from the ministry's published briefing rota).

import type {Side} from '../types.js';

/** A well-known person: canonical name and the side they speak for. */
export type KnownPerson = {name: string; side: Side};

/** Known public figures. */
export const knownPeople: readonly KnownPerson[] = [
	{name: 'Vladimir Putin', side: 'other'}, {name: 'Sergei Lavrov', side: 'other'}, {name: 'Dmitry Peskov', side: 'other'},
	{name: 'Maria Zakharova', side: 'other'}, {name: 'Alexander Lukashenko', side: 'other'}, {name: 'Kim Jong Un', side: 'other'},
	{name: 'Xi Jinping', side: 'china'}, {name: 'Li Qiang', side: 'china'}, {name: 'Wang Yi', side: 'china'},
	{name: 'Qin Gang', side: 'china'}, {name: 'Lin Jian', side: 'china'}, {name: 'Mao Ning', side: 'china'},
	{name: 'Wang Wenbin', side: 'china'}, {name: 'Zhao Lijian', side: 'china'}, {name: 'Hua Chunying', side: 'china'},
	{name: 'Guo Jiakun', side: 'china'}, {name: 'Geng Shuang', side: 'china'}, {name: 'Zhang Jun', side: 'china'},
	{name: 'Fu Cong', side: 'china'}, {name: 'Liu Pengyu', side: 'china'}, {name: 'Xie Feng', side: 'china'},
	{name: 'Qin Gang', side: 'china'}, {name: 'Dong Jun', side: 'china'}, {name: 'Li Shangfu', side: 'china'},
	{name: 'Joe Biden', side: 'accuser'}, {name: 'Kamala Harris', side: 'accuser'}, {name: 'Antony Blinken', side: 'accuser'},
	{name: 'Jake Sullivan', side: 'accuser'}, {name: 'Lloyd Austin', side: 'accuser'}, {name: 'Janet Yellen', side: 'accuser'},
	{name: 'Linda Thomas-Greenfield', side: 'accuser'}, {name: 'Jens Stoltenberg', side: 'accuser'},
	{name: 'Mark Rutte', side: 'accuser'}, {name: 'Ursula von der Leyen', side: 'accuser'}, {name: 'Josep Borrell', side: 'accuser'},
	{name: 'Kaja Kallas', side: 'accuser'}, {name: 'Charles Michel', side: 'accuser'}, {name: 'Olaf Scholz', side: 'accuser'},
	{name: 'Annalena Baerbock', side: 'accuser'}, {name: 'Emmanuel Macron', side: 'accuser'}, {name: 'Rishi Sunak', side: 'accuser'},
	{name: 'Keir Starmer', side: 'accuser'}, {name: 'David Cameron', side: 'accuser'}, {name: 'Grant Shapps', side: 'accuser'},
	{name: 'Fumio Kishida', side: 'accuser'}, {name: 'Yoon Suk Yeol', side: 'accuser'}, {name: 'Volodymyr Zelensky', side: 'accuser'},
	{name: 'Dmytro Kuleba', side: 'accuser'}, {name: 'Justin Trudeau', side: 'accuser'}, {name: 'Giorgia Meloni', side: 'accuser'},
	{name: 'Anthony Albanese', side: 'accuser'}, {name: 'Richard Marles', side: 'accuser'}, {name: 'Christopher Luxon', side: 'accuser'},
	{name: 'Pal Jonson', side: 'accuser'}, {name: 'Donald Trump', side: 'accuser'}, {name: 'Marco Rubio', side: 'accuser'},
];

/**
 * Common Chinese family names (the most frequent ones in the 2020 census list, romanised in pinyin).
 * A capitalised two- or three-word run starting with one of them is read as a person's name.
 */
export const chineseSurnames: readonly string[] = [
	'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo',
	'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng',
	'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren',
	'Shen', 'Yao', 'Lu', 'Fu', 'Zhong', 'Jiang', 'Cui', 'Tan', 'Liao', 'Fan', 'Wang', 'Shi', 'Jin', 'Qin', 'Geng',
	'Mao', 'Hua', 'Xi', 'Qian', 'Kong', 'Bai', 'Yin', 'Duan', 'Lei', 'Hou', 'Hao', 'Kang', 'Yan', 'Qiu', 'Gu',
];

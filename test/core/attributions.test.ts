import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyseBody} from './article-of.js';

type Row = [name: string, body: string, expected: Array<[speaker: string, side: string, kind: string, text: string]>];

/** Every claim and response, in reading order, as [speaker, side, kind, text]. */
function statements(body: string): Array<[string, string, string, string]> {
	const a = analyseBody(body);
	return [...a.claims, ...a.responses].sort((x, y) => x.start - y.start).map(s => [s.speaker ?? '', s.side, s.kind, s.text]);
}

describe('attributions and speakers', () => {
	const rows: Row[] = [
		['reads a quotation with its frame after it', '“China is the main enabler,” Stoltenberg said.', [['Jens Stoltenberg', 'accuser', 'direct', 'China is the main enabler,']]],
		['reads an inverted frame', '"China must stop supplying drones," said Antony Blinken.', [['Antony Blinken', 'accuser', 'direct', 'China must stop supplying drones,']]],
		[
			'resolves "he said" to the last person quoted',
			'Spokesperson Lin Jian spoke in Beijing.\n\nLin denied the report.\n\n“China never sells weapons to either side,” he said.',
			[['Lin Jian', 'china', 'indirect', 'Lin denied the report.'], ['Lin Jian', 'china', 'direct', 'China never sells weapons to either side,']],
		],
		[
			'keeps the speaker for a quotation that follows without a frame',
			'“China is the main enabler,” Stoltenberg told the panel. “They are delivering the tools.”',
			[['Jens Stoltenberg', 'accuser', 'direct', 'China is the main enabler,'], ['Jens Stoltenberg', 'accuser', 'direct', 'They are delivering the tools.']],
		],
		[
			'reads indirect speech with an accusation cue',
			'In April, German Foreign Minister Annalena Baerbock accused China of supplying drones to Russia.',
			[['Annalena Baerbock', 'accuser', 'indirect', 'German Foreign Minister Annalena Baerbock accused China of supplying drones to Russia.']],
		],
		[
			'reads a trailing frame after the statement',
			'China was a decisive enabler of the war, NATO leaders said on Wednesday.',
			[['NATO', 'accuser', 'indirect', 'China was a decisive enabler of the war, NATO leaders said on Wednesday.']],
		],
		[
			'reads "according to" as an attribution',
			'Chinese firms shipped drone parts to Russia, according to the U.S. Treasury Department.',
			[['U.S. Treasury Department', 'accuser', 'according', 'Chinese firms shipped drone parts to Russia, according to the U.S. Treasury Department']],
		],
		[
			'resolves "the statement said" to the body that issued the last statement',
			'The Chinese mission to the EU called on NATO to drop its Cold War mentality.\n\n“NATO should not disrupt peace in the Asia-Pacific,” the statement said.',
			[
				['Chinese mission to the European Union', 'china', 'indirect', 'The Chinese mission to the EU called on NATO to drop its Cold War mentality.'],
				['Chinese mission to the European Union', 'china', 'direct', 'NATO should not disrupt peace in the Asia-Pacific,'],
			],
		],
		[
			'classifies an unseen Chinese ambassador by role and nationality',
			'Chinese ambassador Fu Cong said the accusations were groundless.',
			[['Fu Cong', 'china', 'indirect', 'Chinese ambassador Fu Cong said the accusations were groundless.']],
		],
		[
			'classifies a spokesperson with a Chinese family name and a diplomatic role',
			'Foreign ministry spokesperson Zhang Xiaoming said China opposes the sanctions.',
			[['Zhang Xiaoming', 'china', 'indirect', 'Foreign ministry spokesperson Zhang Xiaoming said China opposes the sanctions.']],
		],
		[
			'classifies an unseen European official by the nationality in the title',
			'Dutch Defence Minister Ruben Brekelmans warned that China was helping Russia rebuild its army.',
			[['Ruben Brekelmans', 'accuser', 'indirect', 'Dutch Defence Minister Ruben Brekelmans warned that China was helping Russia rebuild its army.']],
		],
		[
			'reads the speaker of a passive cue from its agent',
			'The claims were rejected by Beijing as groundless.',
			[['China', 'china', 'indirect', 'The claims were rejected by Beijing as groundless.']],
		],
		[
			'keeps one statement for a quotation split by its frame',
			'U.S. envoy Kurt Campbell spoke on Monday.\n\n"If China continues," Campbell said, "it will face consequences."',
			[['Kurt Campbell', 'accuser', 'direct', 'If China continues," Campbell said, "it will face consequences.']],
		],
		[
			'reads an official named in apposition after the role, with the side the role gives',
			"China's ambassador to Spain, Yao Jing, said on Monday that China had never sold weapons to Russia.",
			[['Yao Jing', 'china', 'indirect', "China's ambassador to Spain, Yao Jing, said on Monday that China had never sold weapons to Russia."]],
		],
		[
			'reads ", warning that" as the sentence subject speaking',
			'Polish Foreign Minister Radoslaw Sikorski went further, warning that China was supplying drones to Russia.',
			[['Radoslaw Sikorski', 'accuser', 'indirect', 'Polish Foreign Minister Radoslaw Sikorski went further, warning that China was supplying drones to Russia.']],
		],
		[
			'reads the family name He as a name and places a country-less official in the capital named',
			'In Beijing, Commerce Ministry spokesperson He Wei said the charge against China was groundless.',
			[['He Wei', 'china', 'indirect', 'Commerce Ministry spokesperson He Wei said the charge against China was groundless.']],
		],
		[
			'takes an accusing reporting verb as the charge',
			"Finnish President Alexander Stubb accused China of keeping Russia's economy afloat.",
			[['Alexander Stubb', 'accuser', 'indirect', "Finnish President Alexander Stubb accused China of keeping Russia's economy afloat."]],
		],
		[
			'does not take a clause after ", said" for the speaker',
			"NATO's commander in Europe, General Anna Berg, said Chinese bomber flights were a provocation.",
			[['Anna Berg', 'accuser', 'indirect', "NATO's commander in Europe, General Anna Berg, said Chinese bomber flights were a provocation."]],
		],
		[
			'takes a role set off after the name, for a name after its frame',
			'"The report is a fabrication," said Qu Ming, a spokesman for the Chinese Embassy in Paris.',
			[['Qu Ming', 'china', 'direct', 'The report is a fabrication,']],
		],
		[
			'resolves a family name that comes first, and is on no list, before a speech verb',
			'Norway accused China of arming Russia.\n\n"Beijing supports peace talks," said Ruan Fei, a spokeswoman for China\'s foreign ministry.\n\nRuan added that China opposes unilateral sanctions.',
			[
				['Norway', 'accuser', 'indirect', 'Norway accused China of arming Russia.'],
				['Ruan Fei', 'china', 'direct', 'Beijing supports peace talks,'],
				['Ruan Fei', 'china', 'indirect', 'Ruan added that China opposes unilateral sanctions.'],
			],
		],
		[
			'reads past a participle set off by commas to the speaker, and not the clause after the cue as one',
			'Norwegian Defence Minister Lars Dahl said China helps Russia.\n\nDahl, speaking in Oslo, said customs records showed Chinese drones reaching Russian units.',
			[
				['Lars Dahl', 'accuser', 'indirect', 'Norwegian Defence Minister Lars Dahl said China helps Russia.'],
				['Lars Dahl', 'accuser', 'indirect', 'Dahl, speaking in Oslo, said customs records showed Chinese drones reaching Russian units.'],
			],
		],
		[
			'gives "who said" to the phrase the relative pronoun stands for',
			'The warning followed a top NATO official, who said on Friday that China was arming Russia.',
			[['NATO', 'accuser', 'indirect', 'a top NATO official, who said on Friday that China was arming Russia.']],
		],
		[
			'reads a report with China as its clause\'s subject as a claim, charge word or not',
			'Swedish Foreign Minister Eva Lind said Beijing was testing Europe\'s patience.',
			[['Eva Lind', 'accuser', 'indirect', 'Swedish Foreign Minister Eva Lind said Beijing was testing Europe\'s patience.']],
		],
		[
			'gives "the consulate said" to the consulate\'s spokeswoman named before',
			'Qu Ming, a spokeswoman for the Chinese Consulate in Sydney, rejected the claim as baseless.\n\nThe consulate said Canberra should stop spreading rumours.',
			[
				['Qu Ming', 'china', 'indirect', 'Qu Ming, a spokeswoman for the Chinese Consulate in Sydney, rejected the claim as baseless.'],
				['Qu Ming', 'china', 'indirect', 'The consulate said Canberra should stop spreading rumours.'],
			],
		],
		['reads a possessive name before a common-noun body as the speaker', 'Vietnam’s navy said Chinese ships had blocked its patrol boats.\n\nJapan’s coast guard accused China of entering its waters.', [['Vietnam', 'accuser', 'indirect', 'Vietnam’s navy said Chinese ships had blocked its patrol boats.'], ['Japan', 'accuser', 'indirect', 'Japan’s coast guard accused China of entering its waters.']]],
		[
			'reads a noun frame in the words leading into an answer as the accuser’s statement',
			'Responding to Senator Marsh’s statement that Chinese hackers had broken into the grid, Chinese Foreign Ministry spokesperson Lin Jian said China opposes all hacking.',
			[['Senator Marsh', 'accuser', 'indirect', 'Senator Marsh’s statement that Chinese hackers had broken into the grid'], ['Lin Jian', 'china', 'indirect', 'Chinese Foreign Ministry spokesperson Lin Jian said China opposes all hacking.']],
		],
		[
			'reads a noun frame inside an opening participle as the accuser’s statement, the main clause as the answer',
			'Dismissing the German chancellor’s claim that China props up Moscow, Beijing said its trade with Russia is normal.',
			[['Germany', 'accuser', 'indirect', 'the German chancellor’s claim that China props up Moscow'], ['China', 'china', 'indirect', 'Beijing said its trade with Russia is normal.']],
		],
		['passes over a date in brackets between the speaker and the verb', 'Beijing on Monday (March 3) accused Canberra of smearing Chinese students.', [['China', 'china', 'indirect', 'Beijing on Monday (March 3) accused Canberra of smearing Chinese students.']]],
		[
			'gives a spokesperson with no body in the title the side of the body quoted just before',
			'Manila said Chinese ships had rammed a supply boat.\n\nChina’s coast guard accused the Philippine boat of entering Chinese waters.\n\n“The Philippine side bears full responsibility,” spokesperson Bo Lun said.',
			[['Philippines', 'accuser', 'indirect', 'Manila said Chinese ships had rammed a supply boat.'], ['China', 'china', 'indirect', 'China’s coast guard accused the Philippine boat of entering Chinese waters.'], ['Bo Lun', 'china', 'direct', 'The Philippine side bears full responsibility,']],
		],
		['reads a Chinese family name with a minister’s title and no country as China’s side', 'Commerce Minister Feng Daoming said the talk of overcapacity was groundless.', [['Feng Daoming', 'china', 'indirect', 'Commerce Minister Feng Daoming said the talk of overcapacity was groundless.']]],
		['passes over a three-word adverbial of time between the speaker and the verb', 'Beijing has time and again rejected the charge that it arms Moscow.', [['China', 'china', 'indirect', 'Beijing has time and again rejected the charge that it arms Moscow.']]],
		['passes over an adverb in quotation marks before the verb', 'The Chinese government has “strongly” rejected the claim that it arms Moscow.', [['China', 'china', 'indirect', 'The Chinese government has “strongly” rejected the claim that it arms Moscow.']]],
		[
			'reads "he" as the subject of the sentence before when a time adverbial opens it',
			'US envoy Kurt Campbell said China was arming Moscow.\n\nA day later, Lin Jian, the spokesman for China’s Foreign Ministry, took up those remarks.\n\n“We firmly reject the false statements,” he said.',
			[['Kurt Campbell', 'accuser', 'indirect', 'US envoy Kurt Campbell said China was arming Moscow.'], ['Lin Jian', 'china', 'direct', 'We firmly reject the false statements,']],
		],
		['passes over "long" and "together" between the speaker and the verb', 'Washington has long accused Beijing of stealing trade secrets.\n\nThe allies are together urging China to stop.', [['United States', 'accuser', 'indirect', 'Washington has long accused Beijing of stealing trade secrets.'], ['United States', 'accuser', 'indirect', 'The allies are together urging China to stop.']]],
		['passes over "for months" between the speaker and the verb', 'Canadian officials have for months accused China of meddling in elections.', [['Canada', 'accuser', 'indirect', 'Canadian officials have for months accused China of meddling in elections.']]],
		['reads "took X to task" with a title and a name set off by commas inside it', 'China’s ambassador Fu Cong spoke in Brussels.\n\nFu took the British Foreign Secretary, David Lammy, to task for spreading lies about China.', [['Fu Cong', 'china', 'indirect', 'Fu took the British Foreign Secretary, David Lammy, to task for spreading lies about China.']]],
		['reads a quotation whose speaker has a long role set off by commas', '“The centres you refer to are not police stations,” Wang Lei, a spokesperson for China’s Ministry of Public Security in Beijing, said on Wednesday.', [['Wang Lei', 'china', 'direct', 'The centres you refer to are not police stations,']]],
		['reads "X quoted Y as saying" after a quotation as Y’s words', 'China’s envoy Geng Shuang spoke at the council.\n\n“These charges are lies,” Xinhua quoted Geng as saying.', [['Geng Shuang', 'china', 'direct', 'These charges are lies,']]],
		['reads "X told Y at a long place that …" as a leading frame, not a trailing one', 'After the arrests, Dutch Prime Minister Dick Schoof told Chinese Premier Li Qiang at the G20 summit in New Delhi that he had grave concerns about Beijing’s spying.', [['Dick Schoof', 'accuser', 'indirect', 'Dutch Prime Minister Dick Schoof told Chinese Premier Li Qiang at the G20 summit in New Delhi that he had grave concerns about Beijing’s spying.']]],
		['gives ", accusing …" after an object and what for to the one who condemned', 'The G7 ministers condemned Beijing for its support of Moscow, accusing China of prolonging the war.', [['Group of Seven', 'accuser', 'indirect', 'The G7 ministers condemned Beijing for its support of Moscow, accusing China of prolonging the war.']]],
		[
			'splits "Although X denied …, Y suspected …" into both statements, and gives "Washington and its allies" to Washington',
			'Although Beijing has denied arming Moscow, Washington and its allies have long suspected that Chinese firms ship drone parts to Russia.',
			[['China', 'china', 'indirect', 'Although Beijing has denied arming Moscow'], ['United States', 'accuser', 'indirect', 'Washington and its allies have long suspected that Chinese firms ship drone parts to Russia.']],
		],
		['reads ", writing, “…”" after a verb of answering as more of the same speaker’s words', 'Chinese Ambassador Xie Feng hit back, writing, “Washington should look at its own record.”', [['Xie Feng', 'china', 'direct', 'Washington should look at its own record.']]],
		['keeps an abbreviation in brackets before the verb as part of the speaker', 'The group of seven major industrialised nations (G7) condemned China’s trade practices.', [['Group of Seven', 'accuser', 'indirect', 'The group of seven major industrialised nations (G7) condemned China’s trade practices.']]],
		['reads past a list that an apposition introduces to the speaker before it', 'The G7, made up of Germany, Italy, the United States, Canada, Britain, France and Japan, also criticised China’s export subsidies.', [['Group of Seven', 'accuser', 'indirect', 'The G7, made up of Germany, Italy, the United States, Canada, Britain, France and Japan, also criticised China’s export subsidies.']]],
		['gives the whole clause to its subject when "what it called" carries the words', 'The European Parliament had also targeted what it called “brutal” Chinese repression in Tibet.', [['European Parliament', 'accuser', 'indirect', 'The European Parliament had also targeted what it called “brutal” Chinese repression in Tibet.']]],
		['reads "…, X reported" after a sentence with its own speaker as that speaker’s, whatever outlet X is', 'Lithuania’s foreign minister accused China of economic coercion, the Baltic Daily Courier reported.', [['Lithuania', 'accuser', 'indirect', 'Lithuania’s foreign minister accused China of economic coercion']]],
		['runs a claim on over the same speaker’s ", saying …" when that part is no claim of its own', 'Japan’s defence ministry condemned the Chinese drills near Okinawa, saying it would keep its forces on alert.', [['Japan', 'accuser', 'indirect', 'Japan’s defence ministry condemned the Chinese drills near Okinawa, saying it would keep its forces on alert.']]],
		['reads "went on to say" as a verb of saying', 'US envoy Kurt Campbell said China was arming Moscow.\n\nHe went on to say that Chinese chips were boosting Russia’s drones.', [['Kurt Campbell', 'accuser', 'indirect', 'US envoy Kurt Campbell said China was arming Moscow.'], ['Kurt Campbell', 'accuser', 'indirect', 'He went on to say that Chinese chips were boosting Russia’s drones.']]],
		['reads "Y was quoted by X as saying" after a quotation as Y’s words, and "X quoted him" not as "him"', 'China’s envoy Geng Shuang spoke at the council.\n\n“These charges are lies,” Geng was quoted by Xinhua as saying.\n\n“The claims are false,” Geng said, and Xinhua quoted him as saying more.', [['Geng Shuang', 'china', 'direct', 'These charges are lies,'], ['Geng Shuang', 'china', 'direct', 'The claims are false,']]],
		['reads a noun of demanding with its holder and what it calls for ("calls by X for Y to …")', 'The talks follow calls by Canada and other countries for the United Nations to investigate abuses in Xinjiang.', [['Canada', 'accuser', 'indirect', 'calls by Canada and other countries for the United Nations to investigate abuses in Xinjiang.']]],
		['reads "…,” X went on." after a quotation as its frame', 'US envoy Kurt Campbell spoke in Washington.\n\n“China has become a tool in the Kremlin’s hands,” Mr Campbell went on.', [['Kurt Campbell', 'accuser', 'direct', 'China has become a tool in the Kremlin’s hands,']]],
		['reads "X went on: “…”" as more of X’s words, and "the talks went on" as nothing', 'Chinese Foreign Ministry spokeswoman Mao Ning spoke in Beijing. The talks went on for hours.\n\nShe went on: “India should respect China’s laws on Tibet.”', [['Mao Ning', 'china', 'indirect', 'She went on: “India should respect China’s laws on Tibet.”']]],
		['reads "X drew condemnation from Y" as Y’s reaction', 'Her remarks on Taiwan drew swift condemnation from Beijing on Sunday.', [['China', 'china', 'indirect', 'Her remarks on Taiwan drew swift condemnation from Beijing on Sunday.']]],
		['reads a capital that condemns as its government', 'Manila condemned the water cannon attack by Chinese coast guard vessels.', [['Philippines', 'accuser', 'indirect', 'Manila condemned the water cannon attack by Chinese coast guard vessels.']]],
		['reads an institution as a speaker', 'The Treasury Department said Chinese firms had shipped drone engines to Russia.', [['U.S. Treasury Department', 'accuser', 'indirect', 'The Treasury Department said Chinese firms had shipped drone engines to Russia.']]],
		['reads a stance verb with its object as a frame', 'Hanoi lodged a strong protest with Beijing over the assault on its fishermen.', [['Vietnam', 'accuser', 'indirect', 'Hanoi lodged a strong protest with Beijing over the assault on its fishermen.']]],
		['reads an idiom with its object inside', 'The Australian minister took the Chinese navy to task for what he called "reckless" manoeuvres.', [['Australia', 'accuser', 'indirect', 'The Australian minister took the Chinese navy to task for what he called "reckless" manoeuvres.']]],
		['reads a passive with its agent', 'The jail term was condemned by Canberra as a grave injustice by China.', [['Australia', 'accuser', 'indirect', 'The jail term was condemned by Canberra as a grave injustice by China.']]],
		[
			'reads a transcript answer under its speaker\'s label, and the paragraph after it',
			'Reuters: Washington says China hacked its networks. What is your comment?\n\nMao Ning: The accusation is groundless.\n\nThe US should look at itself first.',
			[
				['United States', 'accuser', 'indirect', 'Washington says China hacked its networks.'],
				['Mao Ning', 'china', 'direct', 'The accusation is groundless.'],
				['Mao Ning', 'china', 'direct', 'The US should look at itself first.'],
			],
		],
		['does not make a lone label line a transcript', 'Update: Lin Jian spoke on Monday.\n\nChina denies the report.\n\nThe weather was fine.', [['China', 'china', 'indirect', 'China denies the report.']]],
		[
			'splits an answer from the accusation it reports',
			'China rejected what it called groundless accusations from Washington that Chinese exports fuel the war.',
			[['China', 'china', 'indirect', 'China rejected what it called groundless accusations'], ['United States', 'accuser', 'indirect', 'what it called groundless accusations from Washington that Chinese exports fuel the war.']],
		],
		[
			'splits a denial from the accusation after it',
			'Beijing denied it again, after NATO\'s chief accused China of backing Moscow.',
			[['China', 'china', 'indirect', 'Beijing denied it again,'], ['NATO', 'accuser', 'indirect', 'after NATO\'s chief accused China of backing Moscow.']],
		],
		[
			'gives the statement to a name set off after its role',
			'On Monday, the head of Estonia\'s intelligence service (EFIS), Kaupo Rosin, told reporters that China was helping Russia.',
			[['Kaupo Rosin', 'accuser', 'indirect', 'the head of Estonia\'s intelligence service (EFIS), Kaupo Rosin, told reporters that China was helping Russia.']],
		],
		['does not read a noun or a thing added as speech', 'Chinese state media carried the remarks.\n\nThe ministry added three Chinese firms to its list.', []],
		[
			'gives "the declaration says" to the body that issued it, not to the last speaker',
			'China\'s mission to the EU hit back at the NATO declaration.\n\nThe declaration also says China poses a threat to Euro-Atlantic security.',
			[['Chinese mission to the European Union', 'china', 'indirect', 'China\'s mission to the EU hit back at the NATO declaration.'], ['NATO', 'accuser', 'indirect', 'The declaration also says China poses a threat to Euro-Atlantic security.']],
		],
		['reads "called X a …" as naming it', 'The FBI director called the operation a Chinese state hacking campaign.', [['FBI director', 'accuser', 'indirect', 'The FBI director called the operation a Chinese state hacking campaign.']]],
		[
			'gives a participle after a reported clause to the clause\'s subject',
			'Reports say NATO issued its declaration on Wednesday, charging that China is a decisive enabler of the war.',
			[['NATO', 'accuser', 'indirect', 'NATO issued its declaration on Wednesday, charging that China is a decisive enabler of the war.']],
		],
		[
			'reads past an adverbial place to the relative pronoun\'s antecedent',
			'The envoy met General Mark Hale, who at a conference in Kyiv last Saturday said that China was arming Russia.',
			[['Mark Hale', 'accuser', 'indirect', 'General Mark Hale, who at a conference in Kyiv last Saturday said that China was arming Russia.']],
		],
		[
			'does not let a statement inside another become what "it said" refers to',
			'Taiwan denounced the Chinese drills, which Beijing called a "stern punishment".\n\n"We condemn these provocations by China," it said.',
			[
				['Taiwan', 'accuser', 'indirect', 'Taiwan denounced the Chinese drills,'],
				['China', 'china', 'indirect', 'which Beijing called a "stern punishment".'],
				['Taiwan', 'accuser', 'direct', 'We condemn these provocations by China,'],
			],
		],
		['does not read a territorial claim as speech', 'China claims Taiwan as its own territory.', []],
		['reads "oppose" as a verb of stance, with an adverb set off by commas before it', 'China, moreover, opposes the US suppression of its economy, trade and technology.', [['China', 'china', 'indirect', 'China, moreover, opposes the US suppression of its economy, trade and technology.']]],
		['reads "voiced fears that …" as a stance reported', 'Washington has voiced fears that trade with China has allowed Russia to strengthen its military capabilities.', [['United States', 'accuser', 'indirect', 'Washington has voiced fears that trade with China has allowed Russia to strengthen its military capabilities.']]],
		['reads "has instead blamed"', 'China has instead blamed NATO for making the crisis worse through its continued expansion in Europe.', [['China', 'china', 'indirect', 'China has instead blamed NATO for making the crisis worse through its continued expansion in Europe.']]],
		['reads a passive of a stance verb with its agent', 'Concern about China\'s support for Russia\'s war was voiced by G7 leaders on Friday.', [['Group of Seven', 'accuser', 'indirect', 'Concern about China\'s support for Russia\'s war was voiced by G7 leaders on Friday.']]],
		[
			'keeps the words after ", saying" as the same speaker\'s',
			'China\'s foreign ministry spokesman Lin Jian hit back on Tuesday, saying the US should stop smearing China.',
			[['Lin Jian', 'china', 'indirect', 'China\'s foreign ministry spokesman Lin Jian hit back on Tuesday'], ['Lin Jian', 'china', 'indirect', 'saying the US should stop smearing China.']],
		],
		[
			'splits off ", a claim Beijing denies" as the answer',
			'Kyiv says Chinese citizens are fighting for Russia, a claim Beijing denies.',
			[['Ukraine', 'accuser', 'indirect', 'Kyiv says Chinese citizens are fighting for Russia'], ['China', 'china', 'indirect', 'a claim Beijing denies.']],
		],
		[
			'gives a document nobody owns to the body named just before',
			'The G7 leaders met in Italy.\n\nThe communique said China\'s transfers of dual-use goods were sustaining Russia\'s war.',
			[['Group of Seven', 'accuser', 'indirect', 'The communique said China\'s transfers of dual-use goods were sustaining Russia\'s war.']],
		],
		['does not read a verb with nothing reported after it', 'The islands, which China controls and Vietnam also claims, lie in the South China Sea.', []],
		[
			'gives "X\'s statement that …" inside an answer to X',
			'China\'s Foreign Ministry sharply criticized NATO chief Jens Stoltenberg\'s statement that allies should make China pay a price.',
			[['Chinese Foreign Ministry', 'china', 'indirect', 'China\'s Foreign Ministry sharply criticized NATO chief Jens Stoltenberg\'s statement'], ['Jens Stoltenberg', 'accuser', 'indirect', 'Jens Stoltenberg\'s statement that allies should make China pay a price.']],
		],
		[
			'gives "reports that the EU is proposing …" to the body the reports are about, and keeps the denial',
			'Wang Wenbin dismissed reports that the European Union is proposing sanctions on Chinese firms.',
			[['Wang Wenbin', 'china', 'indirect', 'Wang Wenbin dismissed reports'], ['European Union', 'accuser', 'indirect', 'reports that the European Union is proposing sanctions on Chinese firms.']],
		],
		[
			'keeps a denial of unattributed allegations whole',
			'China has denied the allegations that it harassed the lawmaker\'s family.',
			[['China', 'china', 'indirect', 'China has denied the allegations that it harassed the lawmaker\'s family.']],
		],
		['does not read a statement that nothing was said', 'Neither minister said what China would do next.', []],
		[
			'takes "was asked" as passive (the one asked is no speaker) and "answered that" as speech',
			'Chinese Foreign Ministry spokesman Lin Jian was asked about the report on Tuesday.\n\nLin answered that China was no party to the crisis and backed peace talks.',
			[['Lin Jian', 'china', 'indirect', 'Lin answered that China was no party to the crisis and backed peace talks.']],
		],
		[
			'takes an -ing word ending a noun phrase ("a travel warning") as a noun, not a cue, and "is warning" as one',
			'Koror, Palau – China put out a travel warning for its citizens visiting Palau.\n\nThe Palauan government is warning that China wants to sway the election.',
			[['Palau', 'accuser', 'indirect', 'The Palauan government is warning that China wants to sway the election.']],
		],
		[
			'reads a measure named as the object of China\'s answer ("over Japan\'s decision to sanction …") as the taker\'s claim; a bare stance spans its sentence, the measure it is taken at included',
			'China voiced strong opposition over Japan\'s decision to sanction entities suspected of helping Russia evade export controls.',
			[['China', 'china', 'indirect', 'China voiced strong opposition over Japan\'s decision to sanction entities suspected of helping Russia evade export controls.'], ['Japan', 'accuser', 'indirect', 'Japan\'s decision to sanction entities suspected of helping Russia evade export controls.']],
		],
		[
			'reads a measure asked about before the answer\'s speaker as the taker\'s claim',
			'Asked about the EU\'s latest package of sanctions, which targets four refineries, Foreign Ministry spokesperson Guo Jiakun said China firmly opposes unilateral sanctions.',
			[['European Union', 'accuser', 'indirect', 'the EU\'s latest package of sanctions, which targets four refineries'], ['Guo Jiakun', 'china', 'indirect', 'Foreign Ministry spokesperson Guo Jiakun said China firmly opposes unilateral sanctions.']],
		],
		[
			'reads a charge about a region China governs ("forced labour in Xinjiang") as about China',
			'The US government says that cotton picked in Xinjiang is produced with forced labour.',
			[['United States', 'accuser', 'indirect', 'The US government says that cotton picked in Xinjiang is produced with forced labour.']],
		],
		[
			'reads a role with a lower-case modifier ("Defense Department press secretary") in a frame after a quotation',
			'“We know it is a Chinese surveillance balloon,” Defense Department press secretary Patrick Ryder said.',
			[['Patrick Ryder', 'accuser', 'direct', 'We know it is a Chinese surveillance balloon,']],
		],
		[
			'reads a participle after a quotation\'s frame (", he stressed, faulting Japan for …") as more of the speaker\'s words',
			'Defence ministry spokesman Jiang Bin spoke on Wednesday.\n\n“Japanese militarism once brought disaster to China,” he stressed, faulting Japan for raising its defence budget.',
			[['Jiang Bin', 'china', 'direct', 'Japanese militarism once brought disaster to China,'], ['Jiang Bin', 'china', 'indirect', 'faulting Japan for raising its defence budget.']],
		],
		[
			'reads a body\'s "it" after its cue as the body itself, not as China carried over',
			'China held drills around the island on Thursday.\n\nThe Taiwanese defence ministry said it was confident it could safeguard the island\'s security.',
			[],
		],
		[
			'reads "the court\'s decision" after "a Chinese court" as about China, however far back it was named',
			'A writer was sentenced by a Chinese court on Monday.\n\nThe sentence can be commuted.\n\nHe has been held since 2019.\n\nForeign Minister Penny Wong described the court\'s decision as appalling.',
			[['Penny Wong', 'accuser', 'indirect', 'Foreign Minister Penny Wong described the court\'s decision as appalling.']],
		],
		[
			'splits an opening participle\'s "after X announced …" from the main clause\'s answer',
			'Voicing "strong dissatisfaction" after the European Commission announced tariffs on Chinese cars, Beijing called the step a "protectionist act."',
			[['European Commission', 'accuser', 'indirect', 'the European Commission announced tariffs on Chinese cars'], ['China', 'china', 'indirect', 'Beijing called the step a "protectionist act."']],
		],
		[
			'splits an opening "When X accused …" clause from the main clause\'s answer',
			'When NATO accused China of enabling the war, the Chinese foreign ministry said the charge was a smear.',
			[['NATO', 'accuser', 'indirect', 'NATO accused China of enabling the war'], ['Chinese Foreign Ministry', 'china', 'indirect', 'the Chinese foreign ministry said the charge was a smear.']],
		],
		[
			'reads Hong Kong\'s government as China\'s side',
			'Hong Kong leader John Lee said the activists abroad would be pursued for life.',
			[['John Lee', 'china', 'indirect', 'Hong Kong leader John Lee said the activists abroad would be pursued for life.']],
		],
		[
			'does not take a thing for a speaker ("Chinese subsidies threaten …"), and reads "keeps insisting"',
			'In the view of many in Europe, lavish Chinese subsidies threaten to flood the world market with cheap goods.\n\nChina officially keeps insisting that it is not a party to the conflict.',
			[['China', 'china', 'indirect', 'China officially keeps insisting that it is not a party to the conflict.']],
		],
		[
			'reads ", he told a regular press briefing" as a frame that ends its clause',
			'Foreign Ministry spokesman Lin Jian spoke on Monday.\n\nThe statement had "recycled cliches with no factual basis", he told a regular press briefing.',
			[['Lin Jian', 'china', 'indirect', 'The statement had "recycled cliches with no factual basis", he told a regular press briefing.']],
		],
		[
			'gives "the statement" China answered to the body named before China\'s answer, not to China',
			'China hit back after G7 leaders told Beijing to stop arming Russia, saying their end-of-summit statement was full of lies.\n\nThe statement issued at the close of the summit faulted China on many issues.\n\nIt accused Beijing of sending Russia dual-use goods, the statement said.',
			[
				['Group of Seven', 'accuser', 'indirect', 'after G7 leaders told Beijing to stop arming Russia'],
				['China', 'china', 'indirect', 'saying their end-of-summit statement was full of lies.'],
				['Group of Seven', 'accuser', 'indirect', 'It accused Beijing of sending Russia dual-use goods, the statement said.'],
			],
		],
		[
			'reads a frame set off by commas inside the sentence ("Washington, Wang added, should …") as the whole sentence\'s',
			'Foreign Ministry spokesman Wang Wenbin spoke on Monday.\n\nWashington, Wang added, should stop spreading fake news about China.',
			[['Wang Wenbin', 'china', 'indirect', 'Washington, Wang added, should stop spreading fake news about China.']],
		],
		[
			'reads "indicated that", "pointed to" and a bureau as a speaker',
			'Secretary of State Antony Blinken indicated that China was weighing lethal aid to Russia.\n\nNew Zealand\'s cybersecurity bureau says it has tied a Chinese state-sponsored group to the hack.',
			[['Antony Blinken', 'accuser', 'indirect', 'Secretary of State Antony Blinken indicated that China was weighing lethal aid to Russia.'], ['New Zealand', 'accuser', 'indirect', 'New Zealand\'s cybersecurity bureau says it has tied a Chinese state-sponsored group to the hack.']],
		],
		[
			'reads a quotation opened after the cue and running past the sentence as all the speaker\'s',
			'In a statement on Monday, China\'s embassy in London said: "British politicians have sheltered fugitives. This is interference in China\'s internal affairs."',
			[['Chinese Embassy', 'china', 'indirect', 'China\'s embassy in London said: "British politicians have sheltered fugitives. This is interference in China\'s internal affairs."']],
		],
		[
			'reads a clause without "that" after a clause verb ("fear Beijing is trying …"), and "charges a tariff" as no accusation',
			'The Biden administration and European officials fear Beijing is trying to export its way out of a slump.\n\nMeanwhile China charges a 40% tariff on imported cars.',
			[['European Union', 'accuser', 'indirect', 'The Biden administration and European officials fear Beijing is trying to export its way out of a slump.']],
		],
		[
			'gives "X quoted Y as saying …" to Y',
			'In July, Bloomberg quoted Western officials as saying Russian and Chinese companies were building attack drones.',
			[['the West', 'accuser', 'indirect', 'Western officials as saying Russian and Chinese companies were building attack drones.']],
		],
		[
			'reads ", said, however, that …" past the interjection',
			'US Secretary of State Antony Blinken, speaking in Munich, said, however, that China was weighing lethal aid to Russia.',
			[['Antony Blinken', 'accuser', 'indirect', 'US Secretary of State Antony Blinken, speaking in Munich, said, however, that China was weighing lethal aid to Russia.']],
		],
		[
			'reads a speaker after an opening day ("On Wednesday China\'s Foreign Ministry said")',
			'On Wednesday China\'s Foreign Ministry said its citizens should keep away from conflict zones and not take part in wars.',
			[['Chinese Foreign Ministry', 'china', 'indirect', 'China\'s Foreign Ministry said its citizens should keep away from conflict zones and not take part in wars.']],
		],
		[
			'reads "the document said" as the issuing body\'s frame',
			'NATO leaders met in Washington.\n\n“China cannot enable the largest war in Europe without this hurting its reputation,” the document said.',
			[['NATO', 'accuser', 'direct', 'China cannot enable the largest war in Europe without this hurting its reputation,']],
		],
		[
			'gives "The official also said" to the person quoted just before',
			'Chinese Foreign Ministry spokesman Lin Jian said the coast guard acted professionally.\n\nThe official also said that they did not take direct measures against the Philippine personnel.',
			[['Lin Jian', 'china', 'indirect', 'Chinese Foreign Ministry spokesman Lin Jian said the coast guard acted professionally.'], ['Lin Jian', 'china', 'indirect', 'The official also said that they did not take direct measures against the Philippine personnel.']],
		],
		[
			'reads "according to figures compiled by …" as a count, not a statement',
			'China made up roughly 28% of Russia’s total trade last year, according to figures compiled by Bloomberg.',
			[],
		],
		[
			'gives "the country\'s foreign ministry" to the country named before',
			'Beijing hosted the talks in March.\n\nThe country\'s foreign ministry said the accusations were groundless.',
			[['China', 'china', 'indirect', 'The country\'s foreign ministry said the accusations were groundless.']],
		],
		[
			'reads "companies accused of helping Russia" as a passive describing them (the measure is the Treasury\'s, the companies say nothing), and "found that" as a finding',
			'The US Treasury on Wednesday imposed sanctions on 20 Chinese companies accused of helping Russia.\n\nThe European Commission found that Chinese carmakers benefit from unfair subsidies.',
			[['U.S. Treasury Department', 'accuser', 'indirect', 'The US Treasury on Wednesday imposed sanctions on 20 Chinese companies accused of helping Russia.'], ['European Commission', 'accuser', 'indirect', 'The European Commission found that Chinese carmakers benefit from unfair subsidies.']],
		],
		[
			'reads "its" after another actor named first ("NATO and its partners") as that actor\'s, not China carried over',
			'Chinese warships sailed near Japan.\n\nNATO Secretary-General Jens Stoltenberg said NATO and its Asia-Pacific partners had agreed to step up cooperation.',
			[],
		],
		[
			'reads "He Yongqian" of a ministry as China\'s side, again when the name opens a sentence, and a participle after an object\'s apposition as the subject\'s (not China\'s answer)',
			'Ministry of Commerce spokesperson He Yongqian said the US reading twists China\'s measures.\n\nTreasury Secretary Scott Bessent got personal about Li Chenggang, China\'s chief trade negotiator, describing him as unhinged.\n\nHe Yongqian dismissed these comments as twisted.',
			[
				['He Yongqian', 'china', 'indirect', 'Ministry of Commerce spokesperson He Yongqian said the US reading twists China\'s measures.'],
				['He Yongqian', 'china', 'indirect', 'He Yongqian dismissed these comments as twisted.'],
			],
		],
		[
			'ends a statement at ", but has …" with no subject of its own (the reporter\'s counterpoint), not at ", but has insisted"',
			'Beijing insists it does not give direct military support to Russia, but has kept up strong trade ties.\n\nChina has not denied the claims, but has insisted it has every right to trade.',
			[['China', 'china', 'indirect', 'Beijing insists it does not give direct military support to Russia'], ['China', 'china', 'indirect', 'China has not denied the claims, but has insisted it has every right to trade.']],
		],
		[
			'splits ", after X said …" when X\'s title holds a cue word as a noun ("Secretary of State")',
			'China objected to the remarks, after US Secretary of State Antony Blinken said Beijing\'s backing for Russia\'s defence industry must end.',
			[['China', 'china', 'indirect', 'China objected to the remarks,'], ['Antony Blinken', 'accuser', 'indirect', 'after US Secretary of State Antony Blinken said Beijing\'s backing for Russia\'s defence industry must end.']],
		],
		[
			'reads a charge in the passive with no agent ("are accused of") as brought by the country it happened in',
			'Three of them, arrested on Monday in western Germany, are accused of handing China information on maritime technology.',
			[['Germany', 'accuser', 'indirect', 'Three of them, arrested on Monday in western Germany, are accused of handing China information on maritime technology.']],
		],
		[
			'gives "Germany\'s envoy in Beijing" to Germany, the place after "in" being where the envoy sits',
			'Germany\'s envoy in Beijing said the Chinese authorities had summoned her over the arrests.',
			[['Germany', 'accuser', 'indirect', 'Germany\'s envoy in Beijing said the Chinese authorities had summoned her over the arrests.']],
		],
		[
			'splits "Washington had made claims that …" inside China\'s answer into Washington\'s claim',
			'Foreign Ministry spokesman Wang Wenbin said Washington had made untrue claims that Beijing was about to supply weapons to Russia.',
			[['Wang Wenbin', 'china', 'indirect', 'Foreign Ministry spokesman Wang Wenbin said Washington had made untrue claims'], ['United States', 'accuser', 'indirect', 'claims that Beijing was about to supply weapons to Russia.']],
		],
		[
			'reads "according to X" set off by commas inside a sentence as vouching for all of it',
			'Chinese refiners, according to Kallas, make it possible for Russia to get around sanctions.',
			[['Kaja Kallas', 'accuser', 'according', 'Chinese refiners, according to Kallas, make it possible for Russia to get around sanctions.']],
		],
		[
			'gives a statement to the issuer of the document opening the sentence ("The report issued by X singled out China"), the objects\' list no answer',
			'The initial report issued on Friday by Canada\'s Foreign Interference Commission singled out China, Russia and India, accusing them of meddling in its elections.',
			[['Canada', 'accuser', 'indirect', 'Canada\'s Foreign Interference Commission singled out China, Russia and India, accusing them of meddling in its elections.']],
		],
		[
			'reads "issued a statement on its website: \"…\"" as the speaker\'s, the whole quotation included',
			'A spokesman for the Chinese Embassy in the UK also issued a statement on the embassy\'s website: "Such stations do not exist. This is a political lie."',
			[['Chinese Embassy', 'china', 'indirect', 'A spokesman for the Chinese Embassy in the UK also issued a statement on the embassy\'s website: "Such stations do not exist. This is a political lie."']],
		],
		[
			'gives "AFP reported that Tugendhat said …" to Tugendhat, whom the outlet relays',
			'Security Minister Tom Tugendhat spoke on Tuesday.\n\nAgence France-Presse reported that Tugendhat said the government had pressed China to close the police stations.',
			[['Tom Tugendhat', 'accuser', 'indirect', 'Tugendhat said the government had pressed China to close the police stations.']],
		],
		[
			'reads a passive placed in a document ("are also flagged in the final communique") as the document\'s issuer\'s statement',
			'NATO leaders met in Washington.\n\nWorries about Beijing\'s nuclear arsenal are also flagged in the final communique, which the 32 members endorsed.',
			[['NATO', 'accuser', 'indirect', 'Worries about Beijing\'s nuclear arsenal are also flagged in the final communique, which the 32 members endorsed.']],
		],
		[
			'gives a participle after "after" or a comma to a pronoun subject ("He spoke … days after claiming that …")',
			'Ukrainian President Volodymyr Zelensky met reporters.\n\nHe spoke at a Kyiv news conference days after claiming that China was providing Russia with weapons.',
			[['Volodymyr Zelensky', 'accuser', 'indirect', 'He spoke at a Kyiv news conference days after claiming that China was providing Russia with weapons.']],
		],
		[
			'reads ", suspected of …" set off after the subject\'s verb as a charge brought in the country the sentence names',
			'On Tuesday an aide to a German member of the European Parliament was taken into custody, suspected of passing Beijing details of its proceedings.',
			[['Germany', 'accuser', 'indirect', 'On Tuesday an aide to a German member of the European Parliament was taken into custody, suspected of passing Beijing details of its proceedings.']],
		],
		[
			'reads "Beijing was furious at X\'s move to file charges …" as China\'s stance and X\'s measure',
			'Beijing was also furious at the U.S. Justice Department\'s move last month to file criminal charges against four Chinese firms.',
			[['China', 'china', 'indirect', 'Beijing was also furious at the U.S. Justice Department\'s move last month to file criminal charges against four Chinese firms.'], ['United States', 'accuser', 'indirect', 'the U.S. Justice Department\'s move last month to file criminal charges against four Chinese firms.']],
		],
		[
			'reads "X imposed curbs/sanctions over …" as X\'s measure, a claim when it is about China',
			'The backdrop is that the US had imposed curbs over the alleged role of Chinese officials in boarding schools in Tibet.',
			[['United States', 'accuser', 'indirect', 'the US had imposed curbs over the alleged role of Chinese officials in boarding schools in Tibet.']],
		],
		[
			'ends a statement at ", but it has …" (the same subject again: the reporter\'s counterpoint)',
			'Beijing insists it does not give Russia military aid, but it has kept up strong trade ties with Moscow.',
			[['China', 'china', 'indirect', 'Beijing insists it does not give Russia military aid']],
		],
		[
			'reads "hinted that" and "restated" as reporting verbs',
			'Foreign Ministry spokesperson Lin Jian said the declaration was malicious.\n\nThe spokesperson also hinted that the NATO statement rested on lies.\n\nLin restated China\'s commitment to peace in the Ukraine crisis.',
			[['Lin Jian', 'china', 'indirect', 'Foreign Ministry spokesperson Lin Jian said the declaration was malicious.'], ['Lin Jian', 'china', 'indirect', 'The spokesperson also hinted that the NATO statement rested on lies.'], ['Lin Jian', 'china', 'indirect', 'Lin restated China\'s commitment to peace in the Ukraine crisis.']],
		],
		[
			'keeps a state of mind after "are" as its subject\'s statement',
			'American officials are increasingly concerned that China is helping Russia rebuild its army.',
			[['United States', 'accuser', 'indirect', 'American officials are increasingly concerned that China is helping Russia rebuild its army.']],
		],
		[
			'reads a paragraph attributed by a dash line after it as the named speaker\'s words, "China says" inside it included',
			'Estonian Foreign Minister Margus Tsahkna visited Beijing.\n\nChina says it is not a party to the conflict, but I made it clear that China has great influence on Russia.\n\n– Tsahkna told Reuters.',
			[['Margus Tsahkna', 'accuser', 'direct', 'China says it is not a party to the conflict, but I made it clear that China has great influence on Russia.']],
		],
		[
			'takes "he" for the subject of the sentence before, over a person quoted further back',
			'Foreign Ministry spokesperson Lin Jian said China does not give lethal aid.\n\nUkrainian President Volodymyr Zelensky drew his claims from intelligence reports. He alleged that some Chinese-made weapons are being produced on Russian soil.',
			[['Lin Jian', 'china', 'indirect', 'Foreign Ministry spokesperson Lin Jian said China does not give lethal aid.'], ['Volodymyr Zelensky', 'accuser', 'indirect', 'He alleged that some Chinese-made weapons are being produced on Russian soil.']],
		],
		[
			'does not take "he" from a possessive that opens the sentence before',
			'Foreign Ministry spokesperson Lin Jian said China does not give lethal aid.\n\nBlinken\'s remarks drew notice in Beijing. He said the charge that China arms Russia was a smear.',
			[['Lin Jian', 'china', 'indirect', 'Foreign Ministry spokesperson Lin Jian said China does not give lethal aid.'], ['Lin Jian', 'china', 'indirect', 'He said the charge that China arms Russia was a smear.']],
		],
		[
			'reads a noun of saying with its holder after "by" as that holder\'s statement',
			'The denial follows an accusation by Ukrainian President Volodymyr Zelensky that Beijing has been sending artillery to Moscow.',
			[['Volodymyr Zelensky', 'accuser', 'indirect', 'an accusation by Ukrainian President Volodymyr Zelensky that Beijing has been sending artillery to Moscow.']],
		],
		[
			'reads a noun of concern with a capitalised holder before it',
			'The move comes amid U.S. concern that China is weighing lethal aid to Russia.',
			[['United States', 'accuser', 'indirect', 'U.S. concern that China is weighing lethal aid to Russia.']],
		],
		[
			'reads nothing from a noun of concern that names no holder',
			'The move comes amid growing concern that China is weighing lethal aid to Russia.',
			[],
		],
		[
			'takes "he" for a spokesman quoted by role only, whose words are the body\'s',
			'China has always held to mutual respect, a spokesman for the Foreign Ministry in Beijing said. Germany\'s "Cold War mentality" has to be overcome, he said.',
			[['China', 'china', 'indirect', 'China has always held to mutual respect, a spokesman for the Foreign Ministry in Beijing said.'], ['China', 'china', 'indirect', 'Germany\'s "Cold War mentality" has to be overcome, he said.']],
		],
		[
			'reads "calling the accusations baseless" after a comma as the subject\'s words, and not "called the embassy yesterday"',
			'Spokesperson Mao Ning did not hold back, calling the accusations baseless.\n\nMao called the embassy yesterday.',
			[['Mao Ning', 'china', 'indirect', 'Spokesperson Mao Ning did not hold back, calling the accusations baseless.']],
		],
		[
			'reads "the draft" as a document whose issuer is named after a noun or two ("a draft communique from the NATO summit")',
			'China on Thursday criticised a draft communique from the NATO summit in Washington. The draft called China a decisive enabler of Russia\'s war effort.',
			[['China', 'china', 'indirect', 'China on Thursday criticised a draft communique from the NATO summit in Washington.'], ['NATO', 'accuser', 'indirect', 'The draft called China a decisive enabler of Russia\'s war effort.']],
		],
		[
			'reads "brushed aside" as a dismissal, and the worries it names with their holder as a claim inside it',
			'Beijing\'s commerce minister brushed aside as "groundless" US worries that cheap Chinese exports posed a danger to global markets.',
			[['China', 'china', 'indirect', 'Beijing\'s commerce minister brushed aside as "groundless" US worries'], ['United States', 'accuser', 'indirect', 'US worries that cheap Chinese exports posed a danger to global markets.']],
		],
		[
			'reads "Name, role, said the Chinese side …" as the named person\'s statement, not "the Chinese side …" as a speaker after ", said"',
			'Liu Pengyu, the spokesperson for China\'s embassy in Washington, said the Chinese side firmly opposes the illegal sanctions.',
			[['Liu Pengyu', 'china', 'indirect', 'Liu Pengyu, the spokesperson for China\'s embassy in Washington, said the Chinese side firmly opposes the illegal sanctions.']],
		],
		[
			'reads "said to be" as hearsay about the noun before it, not as that noun speaking ("said to reporters" still speaks)',
			'The list includes a dozen Chinese companies said to be supporting Russia\'s war.\n\nNATO chief Mark Rutte said to reporters that China was fuelling the war.',
			[['Mark Rutte', 'accuser', 'indirect', 'NATO chief Mark Rutte said to reporters that China was fuelling the war.']],
		],
		[
			'gives a bare "the embassy" after a home minister to the other country the story names, and "the diplomatic mission" after it to the same',
			'Canadian Finance Minister Chrystia Freeland announced a surtax on Chinese electric vehicles.\n\n"China will take resolute action to defend its rights," the embassy said.\n\nThe diplomatic mission also noted that China exports few cars to Canada.',
			[
				['Chrystia Freeland', 'accuser', 'indirect', 'Canadian Finance Minister Chrystia Freeland announced a surtax on Chinese electric vehicles.'],
				['China', 'china', 'direct', 'China will take resolute action to defend its rights,'],
				['China', 'china', 'indirect', 'The diplomatic mission also noted that China exports few cars to Canada.'],
			],
		],
		[
			'gives a reply the other side gave, relayed in a trailing frame ("Chinese officials answered by saying …, Bessent said"), to the repliers; a view of the speaker\'s own side stays the speaker\'s',
			'US Treasury Secretary Scott Bessent warned Chinese officials over oil purchases.\n\nChinese officials answered by saying that China was a sovereign nation, Bessent said.\n\nAllies have pointed out that China and Russia are collaborating deeply, Bessent said in an interview.',
			[
				['Scott Bessent', 'accuser', 'indirect', 'US Treasury Secretary Scott Bessent warned Chinese officials over oil purchases.'],
				['China', 'china', 'indirect', 'Chinese officials answered by saying that China was a sovereign nation'],
				['Scott Bessent', 'accuser', 'indirect', 'Allies have pointed out that China and Russia are collaborating deeply, Bessent said in an interview.'],
			],
		],
		[
			'reads "X\'s claims that … are groundless, a spokesman said" as the answer, with the charge its subject names as a claim inside it; "a Foreign Ministry spokesman" is the one named with that title next',
			'Washington\'s claims that China has provided Russia with materials for making weapons are "groundless accusations", a Foreign Ministry spokesman said on Thursday.\n\n"We do not accept the shifting of blame," Foreign Ministry spokesman Wang Wenbin told a daily briefing.',
			[
				['United States', 'accuser', 'indirect', 'Washington\'s claims that China has provided Russia with materials for making weapons'],
				['Wang Wenbin', 'china', 'indirect', 'Washington\'s claims that China has provided Russia with materials for making weapons are "groundless accusations", a Foreign Ministry spokesman said on Thursday.'],
				['Wang Wenbin', 'china', 'direct', 'We do not accept the shifting of blame,'],
			],
		],
		[
			'reads "Responding to remarks by X about …" as X\'s claim told by its topic, and the answer after it',
			'Responding to remarks by US officials about large-scale help from Beijing to Moscow in rebuilding Russia\'s arms industry, Chinese foreign ministry spokesman Wang Wenbin insisted that China\'s position is fair.',
			[
				['United States', 'accuser', 'indirect', 'remarks by US officials about large-scale help from Beijing to Moscow in rebuilding Russia\'s arms industry'],
				['Wang Wenbin', 'china', 'indirect', 'Chinese foreign ministry spokesman Wang Wenbin insisted that China\'s position is fair.'],
			],
		],
		[
			'reads a speaker whose role runs to sixteen words between commas after a quotation, and never the one told (", told DW") as the speaker',
			'"Images are much harder to fake than China admits," Zenz, a senior fellow in China studies at the Victims of Communism Memorial Foundation in Washington, told DW.\n\nFunding is short for programmes against repression by China, US official Uzra Zeya, a senior diplomat for civilian security and human rights at the State Department in Washington, told the Congressional-Executive Commission on China.',
			[['Zenz', 'accuser', 'direct', 'Images are much harder to fake than China admits,'], ['Uzra Zeya', 'accuser', 'indirect', 'Funding is short for programmes against repression by China, US official Uzra Zeya, a senior diplomat for civilian security and human rights at the State Department in Washington, told the Congressional-Executive Commission on China.']],
		],
		[
			'reads law enforcement, investigators, prosecutors and police as speakers ("According to law enforcement, …")',
			'According to law enforcement, the two men were trying to take secret missile documents out of the country to China.',
			[['law enforcement', 'accuser', 'according', 'According to law enforcement, the two men were trying to take secret missile documents out of the country to China.']],
		],
		[
			'reads a measure against a named party told as an act ("the US placed … Chinese firms on a trade restriction list", "opened an investigation into") as its taker\'s claim; a measure noun ("European sanctions now cover …") is no act',
			'On Friday the US placed 105 Russian and Chinese firms on a trade restriction list over their alleged backing for the Russian military.\n\nThe European Union has opened an investigation into subsidies for Chinese electric cars.\n\nEuropean sanctions now cover the Chinese companies named in the package.',
			[
				['United States', 'accuser', 'indirect', 'On Friday the US placed 105 Russian and Chinese firms on a trade restriction list over their alleged backing for the Russian military.'],
				['European Union', 'accuser', 'indirect', 'The European Union has opened an investigation into subsidies for Chinese electric cars.'],
			],
		],
		[
			'reads "the sanctions" right after a measure against the party as carrying the party over, as "the move" does',
			'Washington put 42 Chinese companies on its export control list on Friday. The sanctions are aimed at firms whose products let Russia keep up its war effort, the US Treasury Department said in a statement.',
			[
				['United States', 'accuser', 'indirect', 'Washington put 42 Chinese companies on its export control list on Friday.'],
				['U.S. Treasury Department', 'accuser', 'indirect', 'The sanctions are aimed at firms whose products let Russia keep up its war effort, the US Treasury Department said in a statement.'],
			],
		],
		[
			'reads evidence that shows something as a statement: its releaser\'s ("Video released by the Philippine Coast Guard showed …") or the name it was given before ("The leaked files" after "the Xinjiang Police Files"); unowned evidence ("The data shows …") is no one\'s',
			'Video released by the Philippine Coast Guard showed a Chinese coastguard ship ramming the Philippine vessel.\n\nReporters obtained the Police Files last year.\n\nThe leaked files show that China applies a shoot-to-kill policy to detainees who try to escape.\n\nThe data shows that Chinese exports to Russia rose by 60 percent last year.',
			[
				['Philippines', 'accuser', 'indirect', 'Video released by the Philippine Coast Guard showed a Chinese coastguard ship ramming the Philippine vessel.'],
				['Police Files', 'accuser', 'indirect', 'The leaked files show that China applies a shoot-to-kill policy to detainees who try to escape.'],
			],
		],
		[
			'reads "the embassy" in a trailing frame as the embassy named in full earlier in the sentence, and "the spokesperson" after "a spokesperson for the embassy" as the same',
			'The Chinese Embassy in the UK described as groundless the charge that China arms Russia, the embassy said.\n\nChina acts responsibly, a spokesperson for the embassy said.\n\n"We urge the UK to stop smearing China," the spokesperson said.',
			[['Chinese Embassy', 'china', 'indirect', 'The Chinese Embassy in the UK described as groundless the charge that China arms Russia, the embassy said.'], ['Chinese Embassy', 'china', 'indirect', 'China acts responsibly, a spokesperson for the embassy said.'], ['Chinese Embassy', 'china', 'direct', 'We urge the UK to stop smearing China,']],
		],
		[
			'gives a statement an outlet relays (", Reuters reported") to the speaker standing in it',
			'British Defence Secretary Grant Shapps spoke in London.\n\nShapps accused China on Wednesday of getting ready to provide lethal aid to Russia, Reuters reported.',
			[['Grant Shapps', 'accuser', 'indirect', 'Shapps accused China on Wednesday of getting ready to provide lethal aid to Russia']],
		],
		[
			'keeps the role first introduced for "Mr. Fu", and reads no verb in a capitalised name ("United States"): the cue is "took … to task"',
			'Fu Cong, China\'s ambassador to the European Union, said China had not armed Russia.\n\nAccording to Mr. Fu, China has not given Russia any military aid.\n\nMr. Fu took the United States Secretary of State to task.',
			[['Fu Cong', 'china', 'indirect', 'Fu Cong, China\'s ambassador to the European Union, said China had not armed Russia.'], ['Fu Cong', 'china', 'according', 'According to Mr. Fu, China has not given Russia any military aid.'], ['Fu Cong', 'china', 'indirect', 'Mr. Fu took the United States Secretary of State to task.']],
		],
		// Cases an independent review of round 5 found (each failed before its fix).
		[
			'does not give "a spokesman" to the other side\'s spokesman named next',
			'China is arming Russia, a spokesman said on Monday.\n\nChinese foreign ministry spokesman Lin Jian rejected the charge.',
			[['spokesman', 'accuser', 'indirect', 'China is arming Russia, a spokesman said on Monday.'], ['Lin Jian', 'china', 'indirect', 'Chinese foreign ministry spokesman Lin Jian rejected the charge.']],
		],
		[
			'reads "said to state media that …" as speech, not hearsay',
			'Foreign Ministry spokesman Wang Wenbin said to state media that the US was smearing China.',
			[['Wang Wenbin', 'china', 'indirect', 'Foreign Ministry spokesman Wang Wenbin said to state media that the US was smearing China.']],
		],
		[
			'does not give "The FBI investigation" to the speaker before',
			'NATO chief Jens Stoltenberg accused China of arming Russia.\n\nThe FBI investigation showed that Chinese hackers had breached the network.',
			[['Jens Stoltenberg', 'accuser', 'indirect', 'NATO chief Jens Stoltenberg accused China of arming Russia.']],
		],
		[
			'does not read the target of a passive measure ("Huawei was sanctioned by the US") as its taker, nor a capital that only opens the sentence ("Officials opened …") as a name',
			'Huawei was sanctioned by the US in 2019 over its ties to the Chinese military.\n\nOfficials opened an investigation into Chinese solar panels on Monday.',
			[],
		],
	];
	for (const [name, body, expected] of rows) {
		test(name, () => assert.deepEqual(statements(body), expected));
	}
});

test('the one told (", told the Commission on China") is never the speaker of a trailing frame, even when the role before it cannot be read', () => {
	const a = analyseBody('"Funding is limited for programmes against repression by China," Uzra Zeya, the undersecretary for civilian security, democracy and human rights, told the Congressional-Executive Commission on China.');
	assert.deepEqual(a.responses.map(r => r.speaker), []);
});

test('the party\'s own measure told as an act is no answer by itself ("China sanctioned three US defence firms")', () => {
	const a = analyseBody('On Monday China sanctioned three US defence firms over arms sales to Taiwan.');
	assert.deepEqual(a.responses.map(r => r.text), []);
});

test('a charge that is the subject of an answer ends at its own clause\'s main verb, not at a later one', () => {
	const a = analyseBody('Reports that China is arming Russia are false and the US is spreading lies, a Chinese spokesman said.');
	assert.ok(a.responses.some(r => r.text === 'Reports that China is arming Russia are false and the US is spreading lies, a Chinese spokesman said.'));
	assert.ok(![...a.claims, ...a.responses].some(s => s.text === 'Reports that China is arming Russia are false and the US'), 'not cut at the later "is"');
});

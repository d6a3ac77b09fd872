/**
 * Real-news phrasings of relations, written for this test: each sentence with the relation a reader takes
 * from it (source → type(/mode) → target, as entity names, `null` for no recipient) and how it is told.
 * `none: true` marks a sentence that names no relation between actors.
 */
export interface Phrasing {
  text: string;
  source?: string;
  type?: string;
  mode?: string;
  target?: string | null;
  reported?: string;
  none?: boolean;
  /** What the table covers: the type alone, or a construction (passive, nominalisation, coordination, ...). */
  covers: string;
}

export const PHRASINGS: Phrasing[] = [
  // agree
  { covers: 'agree', text: 'Russia agreed on Tuesday to supply gas to Serbia for another three years.', source: 'Russia', type: 'agree', target: 'Serbia' },
  { covers: 'agree, future cooperation', text: 'Japan will provide $200 million in emergency aid to Ukraine, the foreign ministry said.', source: 'Japan', type: 'agree', target: 'Ukraine' },
  { covers: 'agree, coordination', text: 'Egypt and Qatar have agreed to restore full diplomatic relations.', source: 'Egypt', type: 'agree', target: 'Qatar' },
  { covers: 'agree, promise', text: 'Germany promised to deliver more air defence systems to Ukraine.', source: 'Germany', type: 'agree', target: 'Ukraine' },
  // consult
  { covers: 'consult/phone, nominalisation, between', text: 'The phone call between Macron and Zelensky lasted an hour.', source: 'Macron', type: 'consult', mode: 'phone', target: 'Zelensky' },
  { covers: 'consult, verb with preposition', text: 'Chinese President Xi Jinping met with Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.', source: 'Xi Jinping', type: 'consult', target: 'Luiz Inacio Lula da Silva' },
  { covers: 'consult/phone, spoke by telephone, coordination', text: 'Erdogan and Putin spoke by telephone on Sunday.', source: 'Erdogan', type: 'consult', mode: 'phone', target: 'Putin' },
  { covers: 'consult/visit', text: 'Indian Prime Minister Narendra Modi traveled to Moscow last week.', source: 'Narendra Modi', type: 'consult', mode: 'visit', target: 'Russia' },
  { covers: 'consult, negated', text: 'Biden did not speak with Netanyahu on Monday, the White House said.', source: 'Biden', type: 'consult', target: 'Netanyahu', reported: 'denied' },
  { covers: 'consult, light verb + noun', text: 'Iran held talks with Saudi Arabia in Baghdad.', source: 'Iran', type: 'consult', target: 'Saudi Arabia' },
  // support
  { covers: 'support, light verb + noun', text: 'Russian President Vladimir Putin expressed solidarity with Venezuela.', source: 'Vladimir Putin', type: 'support', target: 'Venezuela' },
  { covers: 'support, possessive pronoun + noun', text: 'Moscow reaffirmed its support for Caracas on Thursday.', source: 'Russia', type: 'support', target: 'Venezuela' },
  { covers: 'support, verb', text: 'France backed Morocco in its dispute over Western Sahara.', source: 'France', type: 'support', target: 'Morocco' },
  { covers: 'support, endorsed', text: 'Trump endorsed Javier Milei ahead of the vote.', source: 'Trump', type: 'support', target: 'Javier Milei' },
  // aid
  { covers: 'aid, delivered to', text: 'Russia has delivered several air defence systems to Venezuela, a lawmaker said.', source: 'Russia', type: 'aid', target: 'Venezuela' },
  { covers: 'aid, sent aid to', text: 'Turkey sent humanitarian aid to Syria after the earthquake.', source: 'Turkey', type: 'aid', target: 'Syria' },
  { covers: 'aid, hypothetical', text: 'Russia could supply weapons to Venezuela, analysts say.', source: 'Russia', type: 'aid', target: 'Venezuela', reported: 'hypothetical' },
  // request
  { covers: 'request, that-clause', text: 'The United States demanded that Iran release the tanker.', source: 'United States', type: 'request', target: 'Iran' },
  { covers: 'request/assist, object decides, from', text: 'Maduro requested military assistance from Putin in October.', source: 'Maduro', type: 'request', mode: 'assist', target: 'Putin' },
  { covers: 'request, urged to', text: 'The European Union urged Israel to allow aid into Gaza.', source: 'European Union', type: 'request', target: 'Israel' },
  { covers: 'request, demanded explanations from', text: 'Russian Foreign Minister Sergei Lavrov demanded explanations from Washington.', source: 'Sergei Lavrov', type: 'request', target: 'United States' },
  // accuse
  { covers: 'accuse/disapprove, condemned', text: 'China condemned Japan over the visit to the shrine.', source: 'China', type: 'accuse', mode: 'disapprove', target: 'Japan' },
  { covers: 'accuse, accused of, date between subject and verb', text: 'Ukraine on Monday accused Russia of shelling a nuclear plant.', source: 'Ukraine', type: 'accuse', target: 'Russia' },
  { covers: 'accuse, coordination of sources', text: 'Russia and China condemned the United States for the strikes.', source: 'Russia', type: 'accuse', target: 'United States' },
  { covers: 'accuse, coordination, second source', text: 'Russia and China condemned the United States for the strikes.', source: 'China', type: 'accuse', target: 'United States' },
  // reject
  { covers: 'reject, refused to meet', text: 'Netanyahu refused to meet Abbas in Cairo.', source: 'Netanyahu', type: 'reject', target: 'Abbas' },
  { covers: 'reject, rejected a proposal', text: 'Hamas rejected an Israeli proposal for a ceasefire.', source: 'Hamas', type: 'reject', target: 'Israel' },
  // threaten
  { covers: 'threaten, threatened to', text: 'Trump threatened to impose tariffs on Mexico.', source: 'Trump', type: 'threaten', target: 'Mexico' },
  { covers: 'threaten, warned', text: 'North Korea warned South Korea against further drills.', source: 'North Korea', type: 'threaten', target: 'South Korea' },
  // protest
  { covers: 'protest/demo, no recipient', text: 'Thousands of Serbians protested in Belgrade on Saturday.', source: 'Serbia', type: 'protest', target: null },
  // sanction
  { covers: 'sanction, light verb + noun', text: 'The European Union imposed sanctions on Belarus.', source: 'European Union', type: 'sanction', target: 'Belarus' },
  { covers: 'sanction/expel', text: 'Poland expelled two Russian diplomats.', source: 'Poland', type: 'sanction', target: 'Russia' },
  // mobilize
  { covers: 'mobilize/weapons, object decides', text: 'Trump has deployed warships to the Caribbean.', source: 'Trump', type: 'mobilize', mode: 'weapons' },
  { covers: 'mobilize/troops', text: 'Russia deployed troops to the border with Ukraine.', source: 'Russia', type: 'mobilize', mode: 'troops', target: 'Ukraine' },
  // coerce
  { covers: 'coerce/seize, place of the thing', text: 'US forces seized an oil tanker off the coast of Venezuela on Wednesday.', source: 'United States', type: 'coerce', mode: 'seize', target: 'Venezuela' },
  { covers: 'coerce/seize, passive', text: 'A Venezuelan tanker was seized by US forces.', source: 'United States', type: 'coerce', mode: 'seize', target: 'Venezuela' },
  { covers: 'coerce/seize, nominalisation with by', text: 'The seizure of the Iranian tanker by British marines angered Tehran.', source: 'United Kingdom', type: 'coerce', mode: 'seize', target: 'Iran' },
  { covers: 'coerce/arrest', text: 'Israeli soldiers arrested more than 100 Palestinians in Hebron.', source: 'Israel', type: 'coerce', mode: 'arrest', target: 'Palestine' },
  // assault
  { covers: 'assault, passive', text: 'Tehran was attacked by Israel in June.', source: 'Israel', type: 'assault', target: 'Iran' },
  { covers: 'assault, verb', text: 'Israel struck Hezbollah targets in southern Lebanon.', source: 'Israel', type: 'assault', target: 'Hezbollah' },
  // retreat
  { covers: 'retreat/withdraw', text: 'France withdrew its troops from Niger.', source: 'France', type: 'retreat', mode: 'withdraw', target: 'Niger' },
  { covers: 'retreat/release', text: 'Iran released two French citizens on Friday.', source: 'Iran', type: 'retreat', mode: 'release', target: 'France' },
  // reported speech
  { covers: 'asserted by a speaker', text: 'The Kremlin said Putin expressed solidarity with Venezuela.', source: 'Putin', type: 'support', target: 'Venezuela', reported: 'asserted' },
  { covers: 'alleged', text: 'Iran allegedly supplied drones to Russia.', source: 'Iran', type: 'aid', target: 'Russia', reported: 'alleged' },
  { covers: 'planned', text: 'Putin plans to visit India next month.', source: 'Putin', type: 'consult', mode: 'visit', target: 'India', reported: 'planned' },
  // relative clauses
  { covers: 'relative clause, subject relative', text: 'The sanctions hit Iran, which has accused Washington of economic warfare.', source: 'Iran', type: 'accuse', target: 'United States' },
  { covers: 'relative clause, object relative', text: 'Kyiv released the soldiers, whom Russia had demanded back for weeks.', source: 'Ukraine', type: 'retreat', mode: 'release' },
  { covers: 'relative clause, who', text: 'The talks were hosted by Erdogan, who met Zelensky in Istanbul on Friday.', source: 'Erdogan', type: 'consult', target: 'Zelensky' },
  // passive
  { covers: 'passive, by-agent', text: 'Two Chinese vessels were seized by the Philippine coast guard on Monday.', source: 'Philippines', type: 'coerce', mode: 'seize', target: 'China' },
  { covers: 'passive, accused by', text: 'Hungary was criticized by the European Commission over the new law.', source: 'European Commission', type: 'accuse', target: 'Hungary' },
  { covers: 'passive, attacked by', text: 'Kharkiv was struck by Russian missiles overnight.', source: 'Russia', type: 'assault', target: 'Kharkiv' },
  // nominalisation
  { covers: 'nominalisation, possessor', text: "Russia's invasion of Ukraine began in February 2022.", source: 'Russia', type: 'assault', target: 'Ukraine' },
  { covers: 'nominalisation, modifier and on', text: 'US sanctions on Venezuela were tightened in January.', source: 'United States', type: 'sanction', target: 'Venezuela' },
  { covers: 'nominalisation, named again', text: 'Israel struck targets in Syria on Sunday. Damascus condemned the strikes.', source: 'Syria', type: 'accuse', target: 'Israel' },
  { covers: 'nominalisation, talks with', text: "Iran's talks with the International Atomic Energy Agency resumed in Vienna.", source: 'Iran', type: 'consult', target: 'International Atomic Energy Agency' },
  { covers: 'nominalisation, visit', text: "Modi's visit to Washington was his first since the election.", source: 'Modi', type: 'consult', mode: 'visit', target: 'United States' },
  // coordination
  { covers: 'coordination of targets', text: 'The United States imposed sanctions on Iran and Venezuela.', source: 'United States', type: 'sanction', target: 'Venezuela' },
  { covers: 'coordination of three sources', text: 'Britain, France and Germany urged Iran to return to the talks.', source: 'France', type: 'request', target: 'Iran' },
  { covers: 'coordination, met', text: 'Putin and Xi met in Moscow on Tuesday.', source: 'Putin', type: 'consult', target: 'Xi' },
  // reported speech and manner
  { covers: 'asserted, according to', text: 'According to the Kremlin, Putin spoke with Trump by phone on Monday.', source: 'Putin', type: 'consult', target: 'Trump', reported: 'asserted' },
  { covers: 'denied, never', text: 'Russia never supplied weapons to Venezuela, the Kremlin said.', source: 'Russia', type: 'aid', target: 'Venezuela', reported: 'denied' },
  { covers: 'denied, denial verb', text: 'Iran denied that it had attacked the tanker near Oman.', source: 'Iran', type: 'assault', reported: 'denied' },
  { covers: 'hypothetical, might', text: 'China might send troops to the border with India.', source: 'China', type: 'mobilize', mode: 'troops', reported: 'hypothetical' },
  { covers: 'hypothetical, if', text: 'If Russia attacks Moldova, NATO will respond.', source: 'Russia', type: 'assault', target: 'Moldova', reported: 'hypothetical' },
  { covers: 'requested, called on to', text: 'The United Nations called on Israel to withdraw its troops from Lebanon.', source: 'United Nations', type: 'request', target: 'Israel' },
  { covers: 'threat, announced coercion', text: 'Washington will impose new sanctions on Moscow next week, officials said.', source: 'United States', type: 'threaten', target: 'Russia' },
  { covers: 'demand by saying, must', text: 'The European Union said Belarus must release all political prisoners.', source: 'European Union', type: 'request', target: 'Belarus' },
  // more types and modes
  { covers: 'cooperate', text: 'France and India agreed to cooperate on nuclear energy.', source: 'France', type: 'agree', target: 'India' },
  { covers: 'concede, lifted', text: 'The United States lifted sanctions on Syria in May.', source: 'United States', type: 'concede', target: 'Syria' },
  { covers: 'retreat/release, freed', text: 'Venezuela freed six Americans after talks with a US envoy.', source: 'Venezuela', type: 'retreat', mode: 'release', target: 'United States' },
  { covers: 'sanction/expel, expelled diplomats', text: 'Moldova expelled a Russian diplomat over the drone incident.', source: 'Moldova', type: 'sanction', target: 'Russia' },
  { covers: 'sanction, cut ties', text: 'Nicaragua broke off diplomatic relations with Taiwan.', source: 'Nicaragua', type: 'sanction', target: 'Taiwan' },
  { covers: 'accuse/investigate', text: 'The International Criminal Court opened an investigation into Israel over the war in Gaza.', source: 'International Criminal Court', type: 'accuse', target: 'Israel' },
  { covers: 'coerce/arrest, detained', text: 'Iranian authorities detained a French tourist in Tehran.', source: 'Iran', type: 'coerce', mode: 'arrest', target: 'France' },
  { covers: 'assault, shelled', text: 'Azerbaijani forces shelled Armenian positions on Tuesday.', source: 'Azerbaijan', type: 'assault', target: 'Armenia' },
  { covers: 'mobilize/troops, sent troops', text: 'Rwanda sent troops to Mozambique to fight insurgents.', source: 'Rwanda', type: 'mobilize', mode: 'troops', target: 'Mozambique' },
  { covers: 'support, praised', text: 'Trump praised Erdogan after the meeting.', source: 'Trump', type: 'support', target: 'Erdogan' },
  { covers: 'reject, rejected a demand from', text: 'Serbia rejected a demand from Kosovo to recognise its independence.', source: 'Serbia', type: 'reject', target: 'Kosovo' },
  { covers: 'request/assist, asked for weapons', text: 'Zelensky asked Germany for more air defence systems.', source: 'Zelensky', type: 'request', target: 'Germany' },
  { covers: 'no relation: a place, not an actor', text: 'Heavy rain flooded roads across Kenya on Sunday.', none: true },
  { covers: 'no relation: a statement about the speaker', text: 'Trump said he would not comment on the report.', none: true },
  // groups of people, and constructions met in the PLOVER examples, written anew
  { covers: 'protest/obstruct, a group of people named by its country', text: 'Greek farmers blocked roads near the border with Bulgaria.', source: 'Greek farmers', type: 'protest', mode: 'obstruct' },
  { covers: 'a group of people and where it is, pronoun, unless', text: 'Kurdish rebels in northern Iraq said they would stop attacks on Turkey unless Ankara released their leader.', source: 'Kurdish rebels in northern Iraq', type: 'threaten', target: 'Türkiye' },
  { covers: 'protest/demo, people protesting, not a government', text: 'Thousands of Georgian students throughout Tbilisi staged protests against the government.', source: 'Georgian students', type: 'protest', mode: 'demo' },
  { covers: 'threaten, a withdrawal made conditional', text: 'Serbia said it would withdraw its ambassador from Montenegro unless the government reversed the decision.', source: 'Serbia', type: 'threaten', target: 'Montenegro' },
  { covers: 'request, a demand noun with its that-clause', text: 'The African Union repeated its demand that Sudan hand power to civilians.', source: 'African Union', type: 'request', target: 'Sudan' },
  { covers: 'agree, offer something to someone', text: 'Turkey offered its air bases to NATO.', source: 'Türkiye', type: 'agree', target: 'North Atlantic Treaty Organization' },
  { covers: 'consult/third-party, mediation between, a date before the preposition', text: 'Norway launched a mediation effort on Monday between Colombia and the ELN rebels.', source: 'Norway', type: 'consult', mode: 'third-party', target: 'Colombia' },
  { covers: 'assault, a subject with examples after including', text: 'Israeli warplanes including F-35 jets struck targets in Lebanon.', source: 'Israel', type: 'assault', target: 'Lebanon' },
  { covers: 'assault, a hyphenated subject', text: 'Saudi-led forces bombed rebel positions in Yemen.', source: 'Saudi Arabia', type: 'assault', target: 'Yemen' },
  { covers: 'assault/firearms, opened fire on', text: 'Indian troops opened fire on Pakistani positions along the Line of Control.', source: 'India', type: 'assault', mode: 'firearms', target: 'Pakistan' },
  { covers: 'accuse, a statement speaks for its issuer', text: 'The Chinese embassy issued a statement accusing the Philippines of provocations.', source: 'China', type: 'accuse', target: 'Philippines' },
  { covers: 'coerce/seize, a ship detained', text: 'Iranian forces detained a British-flagged tanker in the Strait of Hormuz.', source: 'Iran', type: 'coerce', mode: 'seize' },
  { covers: 'support, a treaty two sign', text: 'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence treaty.', source: 'Vladimir Putin', type: 'support', target: 'Kim Jong Un' },
  { covers: 'retreat/withdraw, nominalisation of and from', text: 'Washington sped up the withdrawal of its troops from Syria on Friday.', source: 'United States', type: 'retreat', mode: 'withdraw', target: 'Syria' },
  { covers: 'threaten, warned someone that', text: 'China warned Taiwan that independence means war.', source: 'China', type: 'threaten', target: 'Taiwan' },
  { covers: 'sanction/discontinue, aid cut off', text: 'The United States cut off military aid to Nicaragua on Friday.', source: 'United States', type: 'sanction', mode: 'discontinue', target: 'Nicaragua' },
  { covers: 'concede, a curfew lifted in a place', text: 'Sudan lifted the curfew in Darfur on Sunday.', source: 'Sudan', type: 'concede', target: 'Darfur' },
  { covers: 'assault/abduct, people named by where they are', text: 'Boko Haram gunmen kidnapped 80 schoolgirls in northeastern Nigeria.', source: 'Boko Haram', type: 'assault', mode: 'abduct', target: 'schoolgirls in northeastern Nigeria' },
  { covers: 'a short English text the names nearly made French', text: 'Saudi Arabia eased restrictions on Qatari travellers.', source: 'Saudi Arabia', type: 'concede' },
  { covers: 'accuse/disapprove, a name whose last word reads as a verb', text: 'Human Rights Watch condemned Ethiopia for the mass detention of Tigrayans.', source: 'Human Rights Watch', type: 'accuse', mode: 'disapprove', target: 'Ethiopia' },
  { covers: 'coerce/arrest, a quantity of people in a place', text: 'Iranian security forces arrested hundreds of protesters in Tehran.', source: 'Iran', type: 'coerce', mode: 'arrest', target: 'protesters in Tehran' },
  { covers: 'aid to a place', text: 'The World Food Programme delivered food aid to northern Gaza on Tuesday.', source: 'World Food Programme', type: 'aid', target: 'Gaza' },
  { covers: 'sanction/withdraw, leaving a body', text: 'Burkina Faso withdrew from the Economic Community of West African States.', source: 'Burkina Faso', type: 'sanction', mode: 'withdraw' },
  { covers: 'retreat/withdraw, leaving a city', text: 'Russian forces withdrew from the city of Kherson in November.', source: 'Russia', type: 'retreat', mode: 'withdraw', target: 'Kherson' },
  { covers: 'no relation: a nationality said of a thing called so', text: 'German Chancellor Angela Merkel called the Greek bailout critical for all of Europe.', none: true },
  { covers: 'no relation: holding a degree', text: 'Dr. Regina Benjamin holds a degree in chemistry from Xavier University.', none: true },
  { covers: 'no relation: an event hosted', text: 'Hugh Jackman will be hosting the Academy Awards next year.', none: true },
  { covers: 'no relation: an offer two make to the public', text: 'The ATF and the FBI are offering a $35,000 reward for information.', none: true },
  { covers: 'no relation: demonstrates as shows', text: 'Her work demonstrates that the clinic cares for the poor.', none: true },
  { covers: 'no relation: a partner in a lawsuit and the court it is filed in', text: 'Greenpeace filed a lawsuit along with Defenders of Wildlife in U.S. District Court in San Francisco.', none: true },
  { covers: 'coerce/arrest, a subject a participle describes', text: 'The Indian Navy patrolling the Gulf of Aden arrested 26 Somali pirates on Thursday.', source: 'Indian Navy', type: 'coerce', mode: 'arrest', target: 'Somali pirates' },
  { covers: 'no relation: people going home on their own', text: 'Ukrainian refugees in Poland said they would return home once the fighting stopped.', none: true },
  { covers: 'no relation: workers arriving abroad', text: 'Workers from Nepal arrived in Qatar to build the stadiums.', none: true },
  // none
  { covers: 'no relation: a statement released', text: 'The Kremlin released a statement on Thursday.', none: true },
  { covers: 'no relation: called the operation', text: 'The Maduro government called the operation a criminal act.', none: true },
];

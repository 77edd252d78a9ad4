// Gold for the reader spike (docs/reader-spike.md): wire-style sentences written for this spike, with
// the tags that matter for "says who?" and nothing else. `verbs` must be tagged as verbs (reporting verbs
// in the simple present, past and perfect, inverted "said officials", verbs of relative clauses), `nouns`
// as nouns (the noun readings of "estimates", "figures", "counts", "leads", "rates" …), and `heads`
// pairs a figure (as written, digits included) with the head noun of its phrase ("2,300 job cuts" →
// "cuts"). A word that occurs twice is written "word#2" for its second occurrence.

export interface GoldSentence {
  text: string;
  verbs?: string[];
  /** The reporting verbs among `verbs`, scored separately. */
  reporting?: string[];
  nouns?: string[];
  heads?: [figure: string, head: string][];
}

export const SENTENCES: GoldSentence[] = [
  { text: 'The storm destroyed 4,000 homes, the agency says.', verbs: ['destroyed', 'says'], reporting: ['says'], heads: [['4,000', 'homes']] },
  { text: 'Officials say 12 people died in the blaze.', verbs: ['say', 'died'], reporting: ['say'], nouns: ['Officials'], heads: [['12', 'people']] },
  { text: 'The ministry estimates that 1.2 million doses were wasted.', verbs: ['estimates', 'wasted'], reporting: ['estimates'], nouns: ['ministry'], heads: [['1.2', 'doses']] },
  { text: 'Police estimates put the crowd at 30,000.', verbs: ['put'], nouns: ['estimates', 'crowd'] },
  { text: 'The figures show a 14% rise in burglaries.', verbs: ['show'], reporting: ['show'], nouns: ['figures', 'rise'] },
  { text: 'The union counts 8,000 members in the region.', verbs: ['counts'], reporting: ['counts'], heads: [['8,000', 'members']] },
  { text: 'He faces 23 counts of fraud.', verbs: ['faces'], nouns: ['counts'], heads: [['23', 'counts']] },
  { text: 'Smith leads the poll with 41 points, a survey by Ipsos found.', verbs: ['leads', 'found'], reporting: ['found'], nouns: ['poll', 'survey'], heads: [['41', 'points']] },
  { text: 'Police are following up 200 leads, a spokesman said.', verbs: ['said'], reporting: ['said'], nouns: ['leads', 'spokesman'], heads: [['200', 'leads']] },
  { text: 'The bank rates the bonds as junk.', verbs: ['rates'], nouns: ['bank', 'bonds'] },
  { text: 'Mortgage rates rose to 6.8%, data from the lender showed.', verbs: ['rose', 'showed'], reporting: ['showed'], nouns: ['rates', 'data'] },
  { text: 'At least 37 people were killed, said officials.', verbs: ['killed', 'said'], reporting: ['said'], nouns: ['officials'], heads: [['37', 'people']] },
  { text: 'More than 2,000 families have been displaced, according to the UN.', verbs: ['displaced'], heads: [['2,000', 'families']] },
  { text: 'The report found that 3 in 10 nurses plan to quit.', verbs: ['found', 'plan'], reporting: ['found'], nouns: ['report', 'nurses'] },
  { text: 'The council has said it will cut 150 jobs.', verbs: ['said', 'cut'], reporting: ['said'], nouns: ['council'], heads: [['150', 'jobs']] },
  { text: 'The company reports 2,300 job cuts in its latest filing.', verbs: ['reports'], reporting: ['reports'], nouns: ['filing'], heads: [['2,300', 'cuts']] },
  { text: 'Reports of 50 casualties could not be verified.', verbs: ['verified'], nouns: ['Reports'], heads: [['50', 'casualties']] },
  { text: 'The hospital, which treats 900 patients a day, says it is full.', verbs: ['treats', 'says'], reporting: ['says'], nouns: ['hospital'], heads: [['900', 'patients']] },
  { text: 'Residents who fled the 40 villages say water is scarce.', verbs: ['fled', 'say'], reporting: ['say'], nouns: ['Residents', 'water'], heads: [['40', 'villages']] },
  { text: 'The firm, whose profits fell 12%, told investors it expects a recovery.', verbs: ['fell', 'told', 'expects'], reporting: ['told'], nouns: ['profits', 'investors', 'recovery'] },
  { text: 'The estimate of 600 deaths came from local doctors.', verbs: ['came'], nouns: ['estimate', 'doctors'], heads: [['600', 'deaths']] },
  { text: 'Analysts expect the economy to grow 2.1% this year.', verbs: ['expect', 'grow'], reporting: ['expect'], nouns: ['Analysts', 'economy'] },
  { text: 'The survey, which polled 1,500 adults, shows support at 52%.', verbs: ['polled', 'shows'], reporting: ['shows'], nouns: ['survey', 'support'], heads: [['1,500', 'adults']] },
  { text: "The agency's figures put unemployment at 5.3%.", verbs: ['put'], nouns: ['figures', 'unemployment'] },
  { text: 'The minister told parliament that 18 schools would close.', verbs: ['told', 'close'], reporting: ['told'], nouns: ['minister', 'parliament'], heads: [['18', 'schools']] },
  { text: 'Prosecutors allege he stole 4 million pounds from the charity.', verbs: ['allege', 'stole'], reporting: ['allege'], nouns: ['Prosecutors', 'charity'], heads: [['4', 'pounds']] },
  { text: 'The study finds 7,000 species are at risk.', verbs: ['finds'], reporting: ['finds'], nouns: ['study', 'risk'], heads: [['7,000', 'species']] },
  { text: 'Authorities put the death toll at 112.', verbs: ['put'], reporting: ['put'], nouns: ['Authorities', 'toll'] },
  { text: 'Rescue teams pulled 19 survivors from the rubble on Tuesday.', verbs: ['pulled'], nouns: ['teams', 'rubble'], heads: [['19', 'survivors']] },
  { text: 'The government puts the cost of the repairs at $3bn.', verbs: ['puts'], reporting: ['puts'], nouns: ['cost', 'repairs'] },
  { text: 'The data suggests 1 in 5 children go hungry.', verbs: ['suggests', 'go'], reporting: ['suggests'], nouns: ['data', 'children'] },
  { text: 'She claims 300 flood-hit households received no help.', verbs: ['claims', 'received'], reporting: ['claims'], nouns: ['help'], heads: [['300', 'households']] },
  { text: 'Claims by the insurer that 80 homes were uninsured were disputed.', verbs: ['disputed'], nouns: ['Claims', 'insurer'], heads: [['80', 'homes']] },
  { text: 'The charity warns that 45,000 children face famine.', verbs: ['warns', 'face'], reporting: ['warns'], nouns: ['charity', 'famine'], heads: [['45,000', 'children']] },
  { text: 'Witnesses reported hearing 3 explosions near the port.', verbs: ['reported'], reporting: ['reported'], nouns: ['Witnesses', 'port'], heads: [['3', 'explosions']] },
  { text: 'Turnout was 64%, the electoral commission announced.', verbs: ['announced'], reporting: ['announced'], nouns: ['Turnout', 'commission'] },
  { text: 'Forecasters predict 15 named storms this season.', verbs: ['predict'], reporting: ['predict'], nouns: ['Forecasters', 'season'], heads: [['15', 'storms']] },
  { text: 'The regulator fined the bank $40m, it said in a statement.', verbs: ['fined', 'said'], reporting: ['said'], nouns: ['regulator', 'statement'] },
  { text: 'Doctors treated 250 people for smoke inhalation, the hospital said.', verbs: ['treated', 'said'], reporting: ['said'], nouns: ['Doctors', 'inhalation'], heads: [['250', 'people']] },
  { text: 'Officials who spoke on condition of anonymity put the number of missing at 70.', verbs: ['spoke', 'put'], reporting: ['put'], nouns: ['Officials', 'number'] },
  { text: 'The trust says waiting lists have grown by 30,000 patients since March.', verbs: ['says', 'grown'], reporting: ['says'], nouns: ['trust', 'lists'], heads: [['30,000', 'patients']] },
  { text: 'The index measures prices across 400 stores.', verbs: ['measures'], nouns: ['index', 'prices'], heads: [['400', 'stores']] },
  { text: 'New measures will cost 2,000 firms an extra £500 a year, the chamber estimates.', verbs: ['cost', 'estimates'], reporting: ['estimates'], nouns: ['measures', 'chamber'], heads: [['2,000', 'firms']] },
  { text: 'The mayor says the city needs 5,000 more police officers.', verbs: ['says', 'needs'], reporting: ['says'], nouns: ['mayor', 'city'], heads: [['5,000', 'officers']] },
  { text: 'The group estimated that 600 protesters were detained.', verbs: ['estimated', 'detained'], reporting: ['estimated'], nouns: ['group'], heads: [['600', 'protesters']] },
];

/** Paragraphs with their gold sentences (datelines, abbreviations, decimals, times, quotes). */
export const PARAGRAPHS: string[][] = [
  ['WASHINGTON (Reuters) - The U.S. Senate voted 52-48 on Tuesday to pass the bill.', 'Sen. John Reed said it would become law by Friday.'],
  ['LONDON, Jan. 5 (AP) — Dr. Ana Patel told the BBC that 300 beds were closed.', 'The NHS disputed that.'],
  ['The fire started at 3 a.m. on Friday.', 'By 9 a.m. it had spread to 40 acres.'],
  ['Gov. Kathy Hochul said No. 10 had not called.', 'Mr. Brown, 54, declined to comment.'],
  ['Prices rose 3.5 per cent in the third quarter.', 'The index, at 4,012.5 points, hit a record.'],
  ['"We lost everything," said Maria Lopez.', '"The water came in at 2 a.m."', 'Her neighbour, J.R. Ortiz, agreed.'],
  ["BEIJING, Oct 1 (Reuters) - China's exports fell 6.4% in September, customs data showed on Monday.", 'Imports rose 0.3%.'],
  ['The St. Louis-based firm, Acme Inc., cut 1,200 jobs.', 'Its shares fell 4% to $21.30 in New York.'],
  ["The company's U.S. unit lost $4.2 mln.", 'It expects a profit next year, the firm said.'],
  ["Officials said about 1,500 people were evacuated from Mt. Pleasant and St. John's.", 'Schools will close on Monday.'],
  ['The death toll rose to 6,941.', 'Police said more bodies were found.'],
  ['Turnout was 9 per cent.', 'The minister said the result was clear.'],
];

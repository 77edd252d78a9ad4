// figure-consistency: patterns read around a figure that say what kind of mention it is: a number in words or a
// duration, a bound, a change, an approximation, an increment or range, a contrast, a place, a period, a day.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../../engine/text.ts';
import { NUMBER_WORD, NUMBER_WORDS } from './words.ts';

// The month and weekday names every pattern here (and extract.ts, ages.ts) reads: the engine's one list.
export { MONTH_NAMES, WEEKDAY_NAMES };
export const MONTHS = MONTH_NAMES.join('|');
export const WEEKDAYS = WEEKDAY_NAMES.join('|');
/** The months but "May", as PERIOD_GUARD, PERIOD_OPENING, TIMES and MONTH have always read them. */
const MONTHS_BUT_MAY = MONTH_NAMES.filter((m) => m !== 'May').join('|');

// A number in words, compound too ("twenty-one", "four hundred and twenty-one"), before what it counts or
// before a counted event ("eight died", "twelve were injured"); wordNumber() checks its grammar.
export const WORD_COUNT = new RegExp(`\\b(${NUMBER_WORD}(?:[\\s-]+(?:${NUMBER_WORD}|hundred|thousand)|[\\s-]+and[\\s-]+${NUMBER_WORD})*)\\b(?=\\s+(?:[a-z-]+\\s+){0,2}(?:[a-z]+s|people|children|men|women)\\b|\\s+(?:(?:were|have|had)\\s+(?:been\\s+)?)?(?:dead|died|killed|injured|hurt|wounded|arrested|detained|rescued|evacuated|missing)\\b)`, 'gi');
/** A percentage in words, compound too: "Thirty-eight per cent". */
export const WORD_PERCENT = new RegExp(`\\b(${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})?)\\s+(?:per\\s*cent|percent)\\b`, 'gi');
export const PERCENT_GUARD = /per\s*cent|percent/i;
/**
 * A duration in digits or words, or two units summed ("47 minutes", "nine days", "six years and eight months",
 * "14 hours 20 minutes"); not an age or a time ("six years old", "three years ago").
 */
const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|${NUMBER_WORD}(?:-${NUMBER_WORD})?)`;
export const DURATION = new RegExp(String.raw`(?<![\p{L}\p{N}.,-])${AMOUNT}[\s-](?:(?:years?|hours?)(?:,?\s+and\s+|\s+)${AMOUNT}\s+(?:months?|minutes?)|minutes?|mins|hours?|hrs|seconds?|days|weeks|months|years)(?![\p{L}'’-])(?!\s+(?:old|ago|earlier|later|before|after|younger|older|since)\b)`, 'giu');
/** A bound: "more than 500" fits 512 and conflicts only with a figure outside it ("over 50,000" / "5,000"). */
export const LOWER_BOUND = /(?:^|[^\p{L}])(?:more\s+than|over|at\s+least|above|in\s+excess\s+of|upwards\s+of)\s+$/iu;
export const UPPER_BOUND = /(?:^|[^\p{L}])(?:fewer\s+than|less\s+than|no\s+more\s+than|at\s+most|up\s+to|under|below)\s+$/iu;
/**
 * A number joined to its unit as an adjective: "a 40-metre breach", "a six-year deal", "a two-stroke victory"
 * (not an age: "a 29-year-old").
 */
export const UNIT_ADJECTIVE = new RegExp(String.raw`(?<![\p{L}\p{N}.,-])((?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|${NUMBER_WORD}(?:-${NUMBER_WORD})?)-(?:metre|meter|kilometre|kilometer|mile|foot|yard|tonne|acre|hectare|year|month|week|day|hour|minute|stroke|shot|point|goal|run|wicket|seat|vote))(?![\p{L}-])`, 'giu');
export const UNIT_ADJECTIVE_GUARD = /-(?:metre|meter|kilometre|kilometer|mile|foot|yard|tonne|acre|hectare|year|month|week|day|hour|minute|stroke|shot|point|goal|run|wicket|seat|vote)\b/i;
export const DURATION_GUARD = /(?:minute|mins|hour|hrs|second|days|weeks|months|years)/i;
export const WORD_COUNT_GUARD = /(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|ty|hundred)[\s-]/i;
export const PERIOD_GUARD = new RegExp(String.raw`year|career|all-time|month|week|quarter|decade|season|election|day|half|round|stage|phase|leg\b|annual|ago|earlier|winter|summer|spring|autumn|${MONTHS_BUT_MAY}`, 'i');
/** Before a figure: it is approximate or an increment, not the figure itself. */
/** Before a figure: a change ("fell 3.4%", "down 4.3%", "rose by £2m"), compared only with a change the same way. */
export const CHANGE_BEFORE = /(?:^|[^\p{L}])(?:(?:rose|fell|gained|dropped|climbed|jumped|slipped|declined|increased|decreased|grew|shrank|contracted|expanded|plunged|surged|soared|slumped|up|down)(?:\s+by)?|(?:cut|raised|lowered|reduced)\s+by)\s+$/iu;
export const DOWN_VERB = /(?:fell|dropped|slipped|declined|decreased|shrank|contracted|plunged|slumped|down|cut|lowered|reduced)(?:\s+by)?\s+$/i;
/** Before a figure: approximate ("about 6,400"): it fits a value near it, and conflicts only with one that is a slip of it and not near. */
/** Approximate from below: "almost 19,000" is less than 19,000, and not by much. */
export const APPROX_BELOW = /(?:^|[^\p{L}])(?:nearly|almost|just\s+(?:under|below|short\s+of))\s+$/iu;
export const APPROX_BEFORE = /(?:^|[^\p{L}])(?:about|around|some|nearly|almost|roughly|approximately|approx|circa|estimated|an\s+estimated|to\s+around|of\s+about)\s+$/iu;
/**
 * Before a figure: a level a measure moved to ("rose to 15", "falls to 7.4 million", "bringing the county's toll to
 * 10"). A measure that moved had another value before, so a value near it stated without the move may be that one.
 */
export const REACHED = /(?:^|[^\p{L}])(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|climb|climbs|climbed|climbing|jump|jumps|jumped|drop|drops|dropped|increase|increases|increased|decrease|decreases|decreased|decline|declines|declined|grow|grows|grew|grown|slip|slips|slipped|slid|ease|eases|eased|surge|surges|surged|soar|soars|soared|plunge|plunges|plunged|slump|slumps|slumped|edge|edges|edged|went|goes|gone|bring|bringing|brings|brought|take|taking|takes|took|push|pushing|pushes|pushed|lift|lifting|lifts|lifted)(?:\s+(?:up|down|back))?(?:\s+[\p{L}'’-]+){0,3}?\s+to\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$/iu;
/** Of REACHED, the verbs that move a measure down (the value before was higher); "went", "goes", "gone" say neither way. */
export const REACHED_DOWN = /(?:^|[^\p{L}])(?:fall|falls|fell|fallen|falling|drop|drops|dropped|decrease|decreases|decreased|decline|declines|declined|slip|slips|slipped|slid|ease|eases|eased|plunge|plunges|plunged|slump|slumps|slumped)\b|\bdown\s+to\s+/iu;
export const REACHED_EITHER = /(?:^|[^\p{L}])(?:went|goes|gone|edge|edges|edged)\b(?!\s+up\b)/iu;
/** Words that say which way a figure moved ("an 18% fall", "sales rising 1.8%"): a fall and a rise are not one quantity. */
export const UP_WORD = /\b(?:rise|rises|rising|risen|rose|up|grew|grow|grows|growing|growth|gain|gains|gained|increase|increases|increased|higher|climb|climbed|climbs|jump|jumped|surge|surged)\b/i;
export const DOWN_WORD = /\b(?:fall|falls|falling|fallen|fell|down|drop|drops|dropped|decline|declines|declined|decrease|decreased|lower|slump|slumped|slumps|slip|slipped|shrank|shrink|loss|losses|cut|cuts)\b/i;
export const QUALIFIER_BEFORE = /(?:^|[^\p{L}])(?:rose|fell|gained|dropped|climbed|jumped|slipped|declined|increased|decreased|grew|shrank|plunged|surged|soared|slumped|up|down|about|around|some|nearly|almost|roughly|approximately|approx|circa|just\s+(?:over|under|below|above)|estimated|an\s+estimated|another|a\s+further|further|an\s+extra|extra|an\s+additional|additional|(?:rose|fell|up|down|grew|increased|decreased|dropped|climbed|cut|raised|lowered|reduced)\s+by|to\s+around|of\s+about|or\s+so|(?:up|down|rose|fell|risen|fallen|rising|falling|increased|decreased|dropped|climbed|compared\s+with|against)\s+from)\s+$/iu;
/** After a figure: an increment, a gap ("30 percent below the average"), a bound or the other end of a range ("200 more", "six or less", "seven to nine"). */
export const QUALIFIER_AFTER = new RegExp(String.raw`^[\s)\]]*(?:(?:more|fewer|extra|additional|others?|below|above|(?:higher|lower)\s+than|or\s+(?:more|less|fewer|so|over|under)|(?:to|or|and)\s+(?:\d|${NUMBER_WORDS.slice(1).join('|')})|plus|\+)\b|(?:[\p{L}-]+\s+){0,2}(?:per\s+(?:head|person))\b)`, 'iu');
/**
 * After a figure: a rate per period ("25,000 passengers a day", "540 homes a year", "2,500 daily passengers"): compared
 * only with a rate per the same period (its frame is "per day").
 */
export const RATE_AFTER = /^[\s)\]]*(?:(?:[\p{L}-]+\s+){0,2}(?:a|an|per|each|every)\s+(year|month|week|day|hour)\b|(dai|week|month|year|hour)ly\s+\p{L})/iu;
/**
 * In a figure's clause, what sets it apart from another figure of the same noun: a comparison ("up from",
 * "than", "compared with"), a part or a whole ("including", "of whom", "in total", "alone"), a plan, a
 * forecast or a condition ("target", "expected", "would", "if"), what is weighed or asked for and not yet done
 * ("a wider evacuation of about 2,000 was being considered", "prosecutors sought 12 years", "the union demands 8%"), another event ("in that contest"), an update
 * ("now stands at", "the latest"). Such a figure
 * may differ from another of the same noun without either being wrong.
 */
export const CONTRAST = /\b(?:whereas|while|now(?!\s+that\b)|latest|target(?:s|ed)?|goal|forecasts?|expected|expects?|projected|predicted|estimates?|planned|plans?|aims?|promised|pledged|needed|would|could|might|(?<!\b(?:in|on|of|by|since|until|from|to|early|late|mid|\d{1,2})\s)may(?!\s+\d)|if|including|includes?|included|of\s+(?:whom|which|them|those|these)|among|alone|each|total|in\s+all|combined|so\s+far|rest|remaining|only|another|(?:in|at|for|during|from)\s+(?:that|those)|at\s+the\s+time|previous|prior|earlier|former|preliminary|provisional|more|fewer|less|most|least|(?:half|third|quarter|share|proportion)\s+of|out\s+of|replac(?:e|es|ed|ing)|instead\s+of|rather\s+than|(?:being|under)\s+(?:considered|consideration|discussed|studied|proposed|sought)|consider(?:s|ed|ing)?|propos(?:als?|ing)|(?:is|are|was|were|been|being)\s+proposed|sought|seek(?:s|ing)?|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for)\b/i;
/** A possessor right before a figure ("the council's 2,600"), or after its noun ("2,400 spaces in the council's car parks"). */
export const OWNER_BEFORE = /(\p{L}{3,})['’]s\s+(?:\p{L}+\s+)?$/u;
export const OWNER_AFTER = /^\s*\p{L}+\s+(?:in|of|at)\s+(?:the\s+)?(\p{L}{3,})['’]s\b/u;
/** A part of a whole after a figure, named by whose it is: "in the city's precincts", "among the county's schools". */
export const PART_OF = /\b(?:in|among|across|within)\s+the\s+(\p{L}{3,})['’]s\s+\p{L}{3,}/u;
/** An ordinal before a figure: another of its kind ("a second blast", "the third day"). */
export const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|final|another|other)\b/i;

/** A word that opens a subordinate clause: what follows it is not the figure's own frame. */
export const SUBORDINATE = /\b(?:as|when|while|after|because|since|although|though|which|who|whose|where|but)\b/i;
/** A proper noun in a prepositional phrase: a place or group the figure is in ("in Lanzhen county", "across Wales", "for the Greens"). */
export const WHERE = /\b(?:in|at|across|throughout|near|outside|inside|for|from|among)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)/gu;
export const NOT_PLACE = new RegExp(String.raw`^(?:${MONTHS}|${WEEKDAYS}|The|A|An)$`);
export const MONTH = new RegExp(String.raw`^(?:${MONTHS_BUT_MAY.toLowerCase()})$`);

/** A value's own kind within its measure: two peaks may be one measure, a peak and a level not. */
export const QUALIFIER_KIND = /\b(peak(?:s|ed)?|records?|average|median|total|maximum|minimum|highest|lowest)\b/gi;

/** Before a figure: a reference back to a set already named ("the 68 people hurt", "all 45 people detained"). */
export const DEFINITE = /(?:^|[^A-Za-z])(?:the|all|all\s+the|all\s+of\s+the|those|the\s+[A-Za-z]+['’]s)\s+$/i;

/** "41 of the injured", "12 of its 143 stores": a part of a set. */
export const PART_AFTER = /^\s*of\s+(?:the|those|these|its|their|his|her|our|them|whom)\b/i;

/** A currency named after an amount. */
export const CURRENCY_AFTER = /^\s*(kronor|kroner|krona|euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|lira|rand|pesos?|roubles?|rubles?|hryvnias?|zlotys?|shekels?|dirhams?|riyals?|ringgit|baht|naira|shillings?)\b/i;

/**
 * A comparison sets apart the figure that follows it ("higher than the 36.8%", "up from 65.1%"), not the
 * one it follows ("41.3%, higher than …", "rose to 3.8% from 3.5%"): read before a figure only.
 */
export const COMPARE = /\b(?:(?:up|down)\s+from|from|than|compared\s+(?:with|to)|against|versus|vs)\b[^\d]{0,15}$/i;

/** A short phrase opening a sentence, up to its comma ("Including imports,", "The previous large attack on the energy system,"): it scopes the whole sentence. */
export const OPENER = /^\s*(?:(?:[A-Za-z'-]+|\d+(?:[.,]\d+)*)\s+){0,9}[A-Za-z0-9'-]+[,;:–—]/;
export const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu;
export const TIMES = new RegExp(String.raw`\b(?:${WEEKDAYS}|${MONTHS_BUT_MAY}|yesterday|today|tonight|overnight|morning|afternoon|evening)\b`, 'giu');
/** A year that is part of a date ("March 2, 2026", "2 March 2026") dates the story, not the figure. */
export const DATE_BEFORE_YEAR = new RegExp(String.raw`(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$`, 'u');
/** Periods that set a figure in another time than the story's ("last year", "a year earlier", "per year"; a season gone or to come: "last winter"). */
// PERIOD and PERIOD_OPENING share these pieces so the two cannot drift apart.
const GONE_OR_TO_COME = 'last|previous|next|past';
const PERIOD_UNIT = 'year|month|week|quarter|decade|season|election';
const SEASON = 'winter|summer|spring|autumn';
const SPAN_AGO = String.raw`(?:a\s+year|a\s+month|a\s+week|months|years|weeks)\s+(?:earlier|ago|before)`;
const IN_MONTH = (months: readonly string[]) => String.raw`(?:in|last|next)\s+(?:${months.join('|')})`;
export const PERIOD = new RegExp(String.raw`\b(?:${GONE_OR_TO_COME}|this|a)\s+(?:${PERIOD_UNIT})|\b(?:${GONE_OR_TO_COME})\s+(?:${SEASON})\b|\b(?:first|second|third|fourth|fifth|final|opening|closing)\s+(?:week|month|day|quarter|half|year|season|round|stage|phase|leg)\b|\bcareer\b|\ball-time\b|\b${SPAN_AGO}|\b(?:per|each|every)\s+(?:year|month|week|day)|\bannual(?:ly)?\b|\b${IN_MONTH(MONTH_NAMES)}\b`, 'giu');
/**
 * A period opening a sentence with no comma after it ("Last winter an outbreak … closed seven wards", "Last year the
 * council built 410 homes"): it frames the whole sentence, as a year opening it does.
 */
// The same pieces as PERIOD, fewer forms: not "this"/"a" before a unit, nor "May".
export const PERIOD_OPENING = new RegExp(String.raw`^\s*(?:(?:${GONE_OR_TO_COME})\s+(?:${PERIOD_UNIT}|${SEASON})|${SPAN_AGO}|${IN_MONTH(MONTH_NAMES.filter((m) => m !== 'May'))})\b`, 'i');
/**
 * A sentence opened by "By" and a time ("By Friday evening the ministry said … 1,400 injured", "By evening the toll
 * stood at 143"): a count as of then, a running total that may since have moved; not the story's one value.
 */
export const BY_TIME_OPENING = new RegExp(String.raw`^\s*By\s+(?:(?:${WEEKDAYS}|late|early|mid)(?:[\s-]+(?:morning|afternoon|evening|night))?|(?:the\s+)?(?:morning|afternoon|evening|nightfall|noon|midday|midnight|dawn|dusk|night))\b`, 'i');
/**
 * A place named through the kind of place it is ("in the neighbouring province of Azrou", "in the village of Wray"):
 * the clause's own place, as "in Azrou" would be, read a little further after the figure than WHERE is.
 */
export const PLACE_OF = /\b(?:in|at|from|across|throughout)\s+the\s+(?:[a-z-]+\s+)?(?:province|region|district|county|village|town|city|state|municipality|borough|prefecture|governorate|township|parish|island)\s+of\s+(\p{Lu}\p{Ll}+)/u;

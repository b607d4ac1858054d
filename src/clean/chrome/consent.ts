// A cookie-consent banner saved with the page ("We and our 842 partners store and/or access information
// on a device, such as cookies …", "We use cookies to …", "We value your privacy"): the consent
// platform's text, the same on every site that uses it, never the article's. Its two paragraphs of
// prose at the top of a page would count as text read before a "Comments" link under the byline, which
// would so open a comments section that takes the whole article, and leave the banner the body. And
// the site's notice that the browser runs no JavaScript, a banner of the page's as the consent is.
import type { Line } from '../lines.js';

const CONSENT = new RegExp(
  [
    // The IAB framework's text and its translations: "We and our partners store and/or access
    // information on a device", "With your permission we and our partners may use precise
    // geolocation data"; "Wir und unsere Partner", "Nous et nos partenaires", "Noi e i nostri
    // partner", "Nosotros y nuestros socios", "Wij en onze partners".
    String.raw`^(?:with your (?:permission|consent),? )?(?:we and our (?:\d+ )?(?:partners|vendors)|wir und unsere (?:\d+ )?partner|nous et nos (?:\d+ )?partenaires|noi e i nostri (?:\d+ )?partner|nosotros y nuestros (?:\d+ )?(?:socios|proveedores)|wij en onze (?:\d+ )?partners)\b`,
    // A site's own notice: "We use cookies to …", "This website uses cookies …", "By clicking
    // "Accept all", you agree to the storing of cookies …".
    String.raw`^(?:we use cookies|this (?:web)?site uses cookies|by clicking ["“]?(?:accept|agree|allow|i accept|ok)\b[^.]{0,40}?,? you (?:agree|consent|accept)\b)`,
  ].join('|'),
  'iu',
);
/**
 * A site's own notice in other languages that it uses cookies, by the word the language gives them and its verb of use (a
 * news site's banner: "Wir verwenden Cookies …", "Utilizamos cookies propias …", "NHKは、…Cookieを使用しています。",
 * "Sitemizde … çerezler kullanılmaktadır.", "Мы используем файлы cookie.", "نستخدم ملفات تعريف الارتباط …", "हम … कुकीज़ का उपयोग
 * करते हैं।"). Out of the banner at the top of the page, NHK's would open the body. A text about cookies says so of others.
 */
const OTHER_LANGUAGE_COOKIE_USE = new RegExp(
  [
    String.raw`\b(?:verwenden|verwendet|nutzen|nutzt) (?:\S+ ){0,3}cookies\b|\butilisons des cookies\b|\b(?:utilizamos|usamos) cookies\b`,
    String.raw`\butilizziamo (?:i )?cookie|\b(?:gebruikt|gebruiken) (?:\S+ ){0,2}cookies\b|\bużywamy (?:plików )?cookie|используем (?:файлы )?cookie`,
    String.raw`çerezler? kullan|Cookie(?:等)?を使用|クッキーを使用|使用\s?cookie|쿠키를 사용|نستخدم (?:ملفات تعريف الارتباط|الكوكيز|ملفات الكوكيز)|कुकीज़ का (?:उपयोग|इस्तेमाल)`,
  ].join('|'),
  'iu',
);
/**
 * The word for cookies each of OTHER_LANGUAGE_COOKIE_USE's notices holds, tested first: most lines name none, and the
 * notices' alternatives, tried at every position of every line, cost some 4% of the cleaner on the 10k corpus.
 */
const COOKIE_WORD = /cookie|çerez|クッキー|쿠키|الكوكيز|الارتباط|कुकीज़/iu;
/** What a banner's sentence is about, one of which it names: its prose shares no more with the article. */
const CONSENT_TOPIC = /\b(?:cookies?|personal data|personenbezogene|données personnelles|dati personali|datos personales|persoonsgegevens|device|consent|preferences|privacy)\b/iu;
/** The banner's heading, a line of its own over the notice. */
const CONSENT_HEADING = /^(?:we value your privacy|we care about your privacy|your privacy matters|your privacy choices)\W*$/iu;
/** A notice is a paragraph at most; past this it is a text about cookies. */
const MAX_NOTICE_WORDS = 90;

/** The reason line-rules.ts removes a banner's lines with; metadata/site-header.ts looks for the site's name under them. */
export const CONSENT_BANNER = 'cookie consent banner';
/** The banner's buttons under its text ("MORE OPTIONS", "DISAGREE", "AGREE", "Accept all cookies", "Manage preferences"). */
export const CONSENT_BUTTON = /^(?:(?:i )?(?:accept|agree|disagree|reject|decline|allow|refuse)(?: all)?(?: cookies)?|more options|manage (?:options|preferences|settings|cookies)|cookie settings|ok|got it)$/iu;
export const isConsentNotice = (line: Line): boolean =>
  line.wordCount <= MAX_NOTICE_WORDS &&
  (CONSENT_HEADING.test(line.text) || (CONSENT.test(line.text) && CONSENT_TOPIC.test(line.text)) || (COOKIE_WORD.test(line.text) && OTHER_LANGUAGE_COOKIE_USE.test(line.text)));

/**
 * A site's notice that the reader's browser runs no JavaScript, or that the page needs it ("We have noticed that JavaScript is
 * disabled in your browser.", "This site uses JavaScript throughout. See your browser's help …", "Please enable JavaScript to read
 * the comments below."): it names JavaScript, asks for it or finds it off, and speaks to the reader or of the page. Under the last
 * paragraph of an old regional site's story, above its footer, it would read as the body's last paragraphs. A text about a script
 * ("The toolkit is a JavaScript code that changes every time it loads") asks nothing.
 */
const SCRIPT_NOTICE = /^(?=.*\bjavascript\b)(?=.*\b(?:enable|enabled|disabled|turned off|required|requires|needs|uses)\b)(?=.*\b(?:you|your|please|this (?:site|page|website|module|slideshow|feature|content))\b)/iu;
const JAVASCRIPT_WORD = /javascript/iu;
/** A notice is a paragraph at most; past this it is a text about the script. */
const MAX_SCRIPT_NOTICE_WORDS = 45;
export const SCRIPT_NOTICE_REASON = 'notice that the browser runs no JavaScript';
/**
 * What the notice tells the reader meets without the script, set between its sentences ("You may have difficulties using the site.
 * Pictures and tools may not load …"): it names no script, but speaks to the reader of the site's content, pages or
 * features, as no story does ("Customers may experience problems accessing online banking" is the bank's outage).
 */
const SCRIPT_LESS_PROBLEMS = /^you (?:may|might|will|could) (?:experience|have|encounter|notice|run into) (?:some )?(?:problems|difficulties|issues|errors|trouble) (?:accessing|viewing|using|with) (?:(?:the|this|some|our) )?(?:content|site|website|page|pages|features)\b/iu;
export const isScriptNotice = (line: Line): boolean =>
  line.wordCount <= MAX_SCRIPT_NOTICE_WORDS && ((JAVASCRIPT_WORD.test(line.text) && SCRIPT_NOTICE.test(line.text)) || SCRIPT_LESS_PROBLEMS.test(line.text));

// Finds a date (and time) in a metadata line and writes it as ISO 8601; a date in another calendar is read with
// calendars.ts, another script's digits as ASCII's with digits.ts.
import type { DateOrder } from '../types.js';
import { asciiDigits } from './digits.js';
import { AMHARIC_GREGORIAN_MONTH, BIKRAM_SAMBAT_DATE, ETHIOPIAN_DATE, ETHIOPIAN_MONTHS, gregorianMonthOfAmharic, gregorianOfEthiopianDate, gregorianOfSolarHijriDate, SOLAR_HIJRI_MONTH } from './calendars.js';

// Month names and English abbreviations, and the short forms other languages' pages write that are
// no word of their own ("dez", "févr", "okt", "dic", "lug"; not "set" or "out", Portuguese September and
// October, nor "ago"); besides English: German, French, Spanish, Portuguese,
// Italian, Dutch and Indonesian (with and without accents, as pages write them; Indonesian's own are
// "maret", "agustus", "desember", its others Dutch or English, and detik's, CNN Indonesia's and
// Liputan6's short forms "agu", "agt" and "des": "Jumat, 04 Des 2026 10:15 WIB";
// "des" is a French word too, but no French date line sets it between a day and a year); then, in the form dates take
// ("14 марта 2024": the genitive), Russian, Ukrainian, Polish, Czech, Turkish, Greek, Arabic and
// Hindi; Persian (BBC Persian's "۴ دسامبر ۲۰۲۶"), Hebrew (with and without the "in" prefix: "4 בדצמבר
// 2026"), Swahili (Mwananchi's "Alhamisi, Desemba 04, 2026", BBC Swahili's "5 Disemba 2026") and Thai, full and short
// ("4 ธ.ค. 2569", Thairath; its year the Buddhist era's: eraYear); Urdu (the Independent Urdu's "جمعرات 4 دسمبر 2026
// 16:45"), Bulgarian, full and short (Dnevnik's "04 дек 2026, 18:40") and Malay, full and short (Berita Harian's "Dis 4,
// 2026 @ 3:05pm": "mac", "ogos", "dis"); Kazakh (Kazinform's "4 Желтоқсан 2026 15:00") and Welsh (Golwg360's "04 Rhagfyr
// 2026 16:20"; its May is "mai"); Lao and Khmer ("4 ທັນວາ 2026", "ធ្នូ 04, 2026"; read with the words for month and year
// they may set before the month and the year: MONTH_WORD, YEAR_NAMED); Tamil (Dinamani's "04 டிசம்பர் 2026, 5:45 pm") and
// Hungarian, year first (Telex's "2026. december 4. – 15:10": HUNGARIAN_DATE); Romanian, Finnish, Croatian, Serbian and
// Slovak (their genitives: "4. prosinca 2026.", "4. decembra 2026"), Estonian, Catalan, Tagalog, Albanian and Marathi
// ("4 decembrie 2026", "4. joulukuuta 2026", "4 de desembre de 2026"). Not Serbian "marta", "juna", "jula" nor Slovak
// "augusta": first names (metadata/names.ts reads no month name as a name's word). Serbian in Cyrillic, its genitives and
// RTS's short forms ("петак, 04. дец 2026, 15:20"); not "маја", "јуна", "јула", for the Latin ones' reason. Latvian,
// nominative and locative (LSM's "5. decembris, 2026 09:14"), Hausa (Aminiya's "Asabar, 5 Disamba, 2026"; not "Maris",
// "Mayu", "Yuni", "Yuli" nor "Agusta": names), Yoruba in CLDR's and moment's spellings (BBC Yorùbá's "5 Ọ̀pẹ̀ 2026") and
// Austrian German's January, "Jänner" ("4. Jänner 2026, 14:30", derStandard's). Armenian, nominative and genitive
// (Armenpress's "10:42, 5 դեկտեմբերի, 2026"), Galician ("05 de decembro de 2026"), Irish ("5 Nollaig 2026"; September and
// October are two words; not "Márta", a first name), Serbian's nominatives in Latin and Cyrillic (N1's "subota, 5. decembar
// 2026. 10:24"), Sinhala and Basque's genitives (both read year first: YEAR_MONTH_DAY). Maltese, Belarusian's genitives,
// Azerbaijani and Uzbek (Latin), Kannada, Haitian Creole (not "mas", "me", "jen" nor "out": words), Somali and Breton (not
// "mae", "here" nor "du": words). Assamese, Sindhi, Malagasy (not "Jona", a name), Māori (with and without macrons),
// Yiddish (pointed and not), Kurmanji as Turkey's Kurdish papers name the months ("05 Kanûn 2026", December) and Tok Pisin
// (not "mas" nor "me": words). Burmese (the Irrawaddy's "ဒီဇင်ဘာ ၅၊ ၂၀၂၆", its comma "၊"), Dhivehi (with and without the
// last vowel: "5 ޑިސެމްބަރު 2026"), West Frisian ("5 desimber 2026") and Papiamento as Curaçao writes it ("5 di desèmber
// 2026"; Aruba's are Dutch's). Kinyarwanda ("Kuya 5 Ukuboza 2026 - 10:32", as Rwandan sites write "24 Nzeri 2023"; not
// "Mata", April: a word, milk) and Wolof as Wolof sites spell the months, with and without accents ("29 noowàmbar 2023",
// "5 màrs 2025"; not "me" nor "ut", May and August: words). Lithuanian's genitives, read year first with the abbreviations of
// "year" and "day" (LRT's "2026 m. gruodžio 5 d. 10:15": LITHUANIAN_DATE).
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'janv', 'januar', 'janvier', 'enero', 'janeiro', 'gennaio', 'januari', 'января', 'січня', 'stycznia', 'ledna', 'ocak', 'ιανουαρίου', 'ιανουαριου', 'يناير', 'जनवरी', 'জানুয়ারি', 'জানুয়ারী', 'ژانویه', 'ינואר', 'בינואר', 'มกราคม', 'ม.ค', 'جنوری', 'януари', 'ян', 'қаңтар', 'ionawr', 'ມັງກອນ', 'មករា', 'január', 'ஜனவரி', 'ianuarie', 'tammikuuta', 'siječnja', 'januara', 'januára', 'jaanuar', 'gener', 'janar', 'जानेवारी', 'јануара', 'јан', 'janvāris', 'janvārī', 'janairu', 'ṣẹ́rẹ́', 'sẹ́rẹ́', 'jänner', 'jän', 'xaneiro', 'eanáir', 'հունվար', 'հունվարի', 'ජනවාරි', 'urtarrilaren', 'јануар', 'jannar', 'студзеня', 'yanvar', 'ಜನವರಿ', 'janvye', 'janaayo', 'genver', 'জানুৱাৰী', 'جنوري', 'janoary', 'kohitātea', 'kohitatea', 'יאַנואַר', 'יאנואר', 'çile', 'janueri', 'ဇန်နဝါရီ', 'ޖަނަވަރީ', 'jannewaris', 'yanüari', 'mutarama', 'samwiyee', 'sanwiyee', 'sausio'],
  ['feb', 'february', 'fev', 'févr', 'fevr', 'februar', 'février', 'fevrier', 'febrero', 'fevereiro', 'febbraio', 'februari', 'февраля', 'лютого', 'lutego', 'února', 'unora', 'şubat', 'subat', 'φεβρουαρίου', 'φεβρουαριου', 'فبراير', 'फ़रवरी', 'फरवरी', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'فوریه', 'פברואר', 'בפברואר', 'กุมภาพันธ์', 'ก.พ', 'فروری', 'февруари', 'фев', 'ақпан', 'chwefror', 'ກຸມພາ', 'កុម្ភៈ', 'február', 'பிப்ரவரி', 'februarie', 'helmikuuta', 'veljače', 'februara', 'februára', 'veebruar', 'febrer', 'pebrero', 'shkurt', 'फेब्रुवारी', 'фебруара', 'феб', 'februāris', 'februārī', 'fabrairu', 'èrèlè', 'febreiro', 'feabhra', 'փետրվար', 'փետրվարի', 'පෙබරවාරි', 'otsailaren', 'фебруар', 'frar', 'лютага', 'fevral', 'ಫೆಬ್ರವರಿ', 'fevriye', 'febraayo', "c'hwevrer", 'c’hwevrer', 'ফেব্ৰুৱাৰী', 'فيبروري', 'febroary', 'huitanguru', 'פֿעברואַר', 'פעברואר', 'sibat', 'februeri', 'ဖေဖော်ဝါရီ', 'ފެބްރުއަރީ', 'ފެބުރުއަރީ', 'febrewaris', 'febrüari', 'gashyantare', 'féewiryee', 'feewiryee', 'fewriyee', 'vasario'],
  ['mar', 'march', 'mrt', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'maret', 'марта', 'березня', 'marca', 'března', 'brezna', 'mart', 'μαρτίου', 'μαρτιου', 'مارس', 'मार्च', 'মার্চ', 'machi', 'מרץ', 'במרץ', 'มีนาคม', 'มี.ค', 'مارچ', 'март', 'мар', 'mac', 'наурыз', 'mawrth', 'ມີນາ', 'មីនា', 'március', 'மார்ச்', 'martie', 'maaliskuuta', 'ožujka', 'märts', 'març', 'marso', 'marts', 'martā', 'ẹrẹ̀nà', 'մարտ', 'մարտի', 'මාර්තු', 'martxoaren', 'marzu', 'сакавіка', 'ಮಾರ್ಚ್', 'maarso', 'meurzh', 'মাৰ্চ', 'martsa', 'poutūterangi', 'poututerangi', 'מערץ', 'adar', 'မတ်', 'މާރިޗު', 'werurwe', 'màrs', 'kovo'],
  ['apr', 'april', 'abr', 'avr', 'avril', 'abril', 'aprile', 'апреля', 'квітня', 'kwietnia', 'dubna', 'nisan', 'απριλίου', 'απριλιου', 'أبريل', 'ابريل', 'अप्रैल', 'এপ্রিল', 'aprili', 'آوریل', 'אפריל', 'באפריל', 'เมษายน', 'เม.ย', 'اپریل', 'април', 'апр', 'сәуір', 'ebrill', 'ເມສາ', 'មេសា', 'április', 'ஏப்ரல்', 'aprilie', 'huhtikuuta', 'travnja', 'apríla', 'aprill', 'prill', 'एप्रिल', 'априла', 'aprīlis', 'aprīlī', 'afrilu', 'ìgbé', 'aibreán', 'ապրիլ', 'ապրիլի', 'අප්‍රේල්', 'apirilaren', 'красавіка', 'aprel', 'ಏಪ್ರಿಲ್', 'abriil', 'ebrel', 'এপ্ৰিল', 'اپريل', 'aprily', 'paengawhāwhā', 'paengawhawha', 'אַפּריל', 'nîsan', 'epril', 'ဧပြီ', 'އޭޕްރީލް', 'އެޕްރީލް', 'awril', 'balandžio'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'мая', 'травня', 'maja', 'května', 'kvetna', 'mayıs', 'mayis', 'μαΐου', 'μαϊου', 'μαιου', 'مايو', 'मई', 'মে', 'مه', 'מאי', 'במאי', 'พฤษภาคม', 'พ.ค', 'مئی', 'май', 'мамыр', 'ພຶດສະພາ', 'ឧសភា', 'május', 'மே', 'toukokuuta', 'svibnja', 'mája', 'maig', 'maj', 'मे', 'мај', 'maijs', 'maijā', 'ẹ̀bibi', 'èbibi', 'bealtaine', 'մայիս', 'մայիսի', 'මැයි', 'maiatzaren', 'mejju', 'ಮೇ', 'maajo', 'مئي', 'mey', 'haratua', 'מיי', 'gulan', 'မေ', 'މެއި', 'maaie', 'gicurasi', 'gegužės'],
  ['jun', 'june', 'giu', 'juni', 'juin', 'junio', 'junho', 'giugno', 'июня', 'червня', 'czerwca', 'června', 'cervna', 'haziran', 'ιουνίου', 'ιουνιου', 'يونيو', 'يونيه', 'जून', 'জুন', 'ژوئن', 'יוני', 'ביוני', 'มิถุนายน', 'มิ.ย', 'جون', 'юни', 'маусым', 'mehefin', 'ມິຖຸນາ', 'មិថុនា', 'június', 'ஜூன்', 'iunie', 'kesäkuuta', 'lipnja', 'júna', 'juuni', 'juny', 'hunyo', 'qershor', 'јун', 'jūnijs', 'jūnijā', 'òkúdu', 'òkùdu', 'xuño', 'meitheamh', 'հունիս', 'հունիսի', 'ජූනි', 'ekainaren', 'ġunju', 'gunju', 'чэрвеня', 'iyun', 'ಜೂನ್', 'juun', 'mezheven', 'pipiri', 'hezîran', 'ဇွန်', 'ޖޫން', 'yüni', 'kamena', 'suwe', 'birželio'],
  ['jul', 'july', 'juil', 'lug', 'juli', 'juillet', 'julio', 'julho', 'luglio', 'июля', 'липня', 'lipca', 'července', 'cervence', 'temmuz', 'ιουλίου', 'ιουλιου', 'يوليو', 'يوليه', 'जुलाई', 'জুলাই', 'julai', 'ژوئیه', 'יולי', 'ביולי', 'กรกฎาคม', 'ก.ค', 'جولائی', 'юли', 'шілде', 'gorffennaf', 'ກໍລະກົດ', 'កក្កដា', 'július', 'ஜூலை', 'iulie', 'heinäkuuta', 'srpnja', 'júla', 'juuli', 'juliol', 'hulyo', 'korrik', 'जुलै', 'јул', 'jūlijs', 'jūlijā', 'agẹmọ', 'agẹmo', 'xullo', 'iúil', 'հուլիս', 'հուլիսի', 'ජූලි', 'uztailaren', 'lulju', 'ліпеня', 'iyul', 'ಜುಲೈ', 'jiyè', 'luulyo', 'gouere', 'جولاءِ', 'جولاء', 'jolay', 'hōngongoi', 'hongongoi', 'tîrmeh', 'ဇူလိုင်', 'ޖުލައި', 'yüli', 'nyakanga', 'sulet', 'liepos'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'augustus', 'agustus', 'agu', 'agt', 'августа', 'серпня', 'sierpnia', 'srpna', 'ağustos', 'agustos', 'αυγούστου', 'αυγουστου', 'أغسطس', 'اغسطس', 'अगस्त', 'আগস্ট', 'আগষ্ট', 'agosti', 'اوت', 'אוגוסט', 'באוגוסט', 'สิงหาคม', 'ส.ค', 'اگست', 'август', 'авг', 'ogos', 'тамыз', 'awst', 'ສິງຫາ', 'សីហា', 'augusztus', 'ஆகஸ்ட்', 'elokuuta', 'kolovoza', 'avgusta', 'agost', 'gusht', 'ऑगस्ट', 'augusts', 'augustā', 'ògún', 'avgust', 'lúnasa', 'օգոստոս', 'օգոստոսի', 'අගෝස්තු', 'abuztuaren', 'awwissu', 'жніўня', 'avqust', 'ಆಗಸ್ಟ್', 'agoosto', 'eost', 'آگسٽ', 'aogositra', 'here-turi-kōkā', 'here-turi-koka', 'hereturikōkā', 'אויגוסט', 'tebax', 'ogas', 'ဩဂုတ်', 'သြဂုတ်', 'އޮގަސްޓު', 'ougùstùs', 'kanama', 'rugpjūčio'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'сентября', 'вересня', 'września', 'wrzesnia', 'září', 'zari', 'eylül', 'eylul', 'σεπτεμβρίου', 'σεπτεμβριου', 'سبتمبر', 'सितंबर', 'सितम्बर', 'সেপ্টেম্বর', 'septemba', 'سپتامبر', 'ספטמבר', 'בספטמבר', 'กันยายน', 'ก.ย', 'ستمبر', 'септември', 'сеп', 'қыркүйек', 'medi', 'ກັນຍາ', 'កញ្ញា', 'szeptember', 'செப்டம்பர்', 'septembrie', 'syyskuuta', 'rujna', 'septembra', 'setembre', 'setyembre', 'shtator', 'सप्टेंबर', 'септембра', 'septembris', 'septembrī', 'satumba', 'owewe', 'septembar', 'meán fómhair', 'սեպտեմբեր', 'սեպտեմբերի', 'සැප්තැම්බර්', 'irailaren', 'септембар', 'settembru', 'верасня', 'sentyabr', 'sentabr', 'ಸೆಪ್ಟೆಂಬರ್', 'septanm', 'sebtembar', 'gwengolo', 'ছেপ্তেম্বৰ', 'ছেপ্টেম্বৰ', 'চেপ্টেম্বৰ', 'سيپٽمبر', 'septambra', 'mahuru', 'סעפּטעמבער', 'סעפטעמבער', 'îlon', 'စက်တင်ဘာ', 'ސެޕްޓެމްބަރު', 'ސެޕްޓެމްބަރ', 'septimber', 'sèptèmber', 'nzeri', 'sàttumbar', 'sattumbar', 'rugsėjo'],
  ['oct', 'october', 'okt', 'ott', 'oktober', 'octobre', 'octubre', 'outubro', 'ottobre', 'октября', 'жовтня', 'października', 'pazdziernika', 'října', 'rijna', 'ekim', 'οκτωβρίου', 'οκτωβριου', 'أكتوبر', 'اكتوبر', 'अक्टूबर', 'अक्तूबर', 'অক্টোবর', 'oktoba', 'اکتبر', 'אוקטובר', 'באוקטובר', 'ตุลาคม', 'ต.ค', 'اکتوبر', 'октомври', 'окт', 'қазан', 'hydref', 'ຕຸລາ', 'តុលា', 'október', 'அக்டோபர்', 'octombrie', 'lokakuuta', 'oktobra', 'októbra', 'oktoober', 'oktubre', 'tetor', 'ऑक्टोबर', 'октобра', 'oktobris', 'oktobrī', 'ọ̀wàrà', 'oktobar', 'deireadh fómhair', 'հոկտեմբեր', 'հոկտեմբերի', 'ඔක්තෝබර්', 'urriaren', 'октобар', 'ottubru', 'кастрычніка', 'oktyabr', 'oktabr', 'ಅಕ್ಟೋಬರ್', 'oktòb', 'oktoobar', 'অক্টোবৰ', 'آڪٽوبر', 'whiringa-ā-nuku', 'whiringa-a-nuku', 'אָקטאָבער', 'אקטאבער', 'cotmeh', 'အောက်တိုဘာ', 'އޮކްޓޫބަރު', 'އޮކްޓޯބަރު', 'òktober', 'ukwakira', 'spalio'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'ноября', 'листопада', 'listopada', 'listopadu', 'kasım', 'kasim', 'νοεμβρίου', 'νοεμβριου', 'نوفمبر', 'नवंबर', 'नवम्बर', 'নভেম্বর', 'novemba', 'نوامبر', 'נובמבר', 'בנובמבר', 'พฤศจิกายน', 'พ.ย', 'نومبر', 'ноември', 'ное', 'қараша', 'tachwedd', 'ພະຈິກ', 'វិច្ឆិកា', 'நவம்பர்', 'noiembrie', 'marraskuuta', 'studenoga', 'studenog', 'novembra', 'nobyembre', 'nëntor', 'नोव्हेंबर', 'новембра', 'нов', 'novembris', 'novembrī', 'nuwamba', 'bélú', 'novembar', 'samhain', 'նոյեմբեր', 'նոյեմբերի', 'නොවැම්බර්', 'azaroaren', 'новембар', 'novembru', 'лістапада', 'noyabr', 'ನವೆಂಬರ್', 'novanm', 'nofembar', 'নৱেম্বৰ', 'novambra', 'whiringa-ā-rangi', 'whiringa-a-rangi', 'נאָוועמבער', 'נאוועמבער', 'mijdar', 'နိုဝင်ဘာ', 'ނޮވެމްބަރު', 'ނޮވެމްބަރ', 'novimber', 'novèmber', 'ugushyingo', 'noowàmbar', 'noowambar', 'nowàmbar', 'nowambar', 'lapkričio'],
  ['dec', 'december', 'dez', 'déc', 'dic', 'dezember', 'décembre', 'decembre', 'diciembre', 'dezembro', 'dicembre', 'desember', 'des', 'декабря', 'грудня', 'grudnia', 'prosince', 'aralık', 'aralik', 'δεκεμβρίου', 'δεκεμβριου', 'ديسمبر', 'दिसंबर', 'दिसम्बर', 'ডিসেম্বর', 'desemba', 'disemba', 'دسامبر', 'דצמבר', 'בדצמבר', 'ธันวาคม', 'ธ.ค', 'دسمبر', 'декември', 'дек', 'disember', 'dis', 'желтоқсан', 'rhagfyr', 'ທັນວາ', 'ធ្នូ', 'டிசம்பர்', 'decembrie', 'joulukuuta', 'prosinca', 'decembra', 'detsember', 'desembre', 'disyembre', 'dhjetor', 'डिसेंबर', 'децембра', 'дец', 'decembris', 'decembrī', 'disamba', 'ọ̀pẹ̀', 'ọ̀pẹ̀̀', 'decembro', 'decembar', 'nollaig', 'դեկտեմբեր', 'դեկտեմբերի', 'දෙසැම්බර්', 'abenduaren', 'децембар', 'diċembru', 'dicembru', 'снежня', 'dekabr', 'ಡಿಸೆಂಬರ್', 'desanm', 'desembar', 'kerzu', 'ডিচেম্বৰ', 'ڊسمبر', 'desambra', 'hakihea', 'דעצעמבער', 'kanûn', 'ဒီဇင်ဘာ', 'ޑިސެމްބަރު', 'ޑިސެމްބަރ', 'desimber', 'desèmber', 'ukuboza', 'desàmbar', 'desambar', 'gruodžio'],
];
// NFC, as the text is: "फ़रवरी" is written with a nukta the normalisation keeps apart.
const MONTHS = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name.normalize('NFC'), i + 1] as const)));
/** Whether the word (any case, no dot) is a month name or abbreviation the dates are read with. */
export const isMonthName = (word: string): boolean => MONTHS.has(word.toLowerCase()) || ETHIOPIAN_MONTHS.has(word);
// Longest names first, so "marzo" is not read as "mar" followed by junk; a Thai short name's dots are no wildcards.
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).map((name) => name.replaceAll('.', '\\.')).join('|')})\\.?(?![\\p{L}])`;
/** The month's number of a month name MONTH read (any case, no dot after it). */
const monthOf = (name: string): number => MONTHS.get(name.toLowerCase())!;
/**
 * What Thai pages write after the month: a day, a Thai month and a year are the Buddhist era's ("4 ธ.ค. 2569",
 * "4 ธันวาคม พ.ศ. 2569"), 543 years ahead of the common era. Read as a common year, 2569 is none (over 2100).
 */
const BUDDHIST_ERA_OFFSET = 543;
/** Years from which a Thai date's year is the Buddhist era's (2443 BE is 1900): a Thai page may write a common year too. */
const FIRST_BUDDHIST_ERA_YEAR = 1900 + BUDDHIST_ERA_OFFSET;
const THAI = /\p{Script=Thai}/u;
/** The common era's year of a date written with the month name `month`: a Thai month's year in the Buddhist era is 543 years ahead. */
const eraYear = (year: number, month: string): number => (year >= FIRST_BUDDHIST_ERA_YEAR && THAI.test(month) ? year - BUDDHIST_ERA_OFFSET : year);
/**
 * A Thai month name (MONTHS) and a year of two figures, as Thai papers shorten the Buddhist era's ("4 ธ.ค. 69" is 4 December
 * 2569 BE, 2026). The era's century is the 26th (2500 BE is 1957).
 */
const THAI_MONTH = `(${[...MONTHS.keys()].filter((name) => THAI.test(name)).sort((a, b) => b.length - a.length).map((name) => name.replaceAll('.', '\\.')).join('|')})\\.?(?![\\p{L}\\p{M}])`;
const FIRST_YEAR_OF_BUDDHIST_CENTURY = 2500 - BUDDHIST_ERA_OFFSET;
/** The Thai era's mark before the year ("4 ธันวาคม พ.ศ. 2569": the Buddhist era; "ค.ศ.", the common era's). */
const ERA_MARK = '(?:\\s+[พค]\\.ศ\\.)?';
/**
 * The word for "year" some languages set after a date's year, before its time: Ukrainian "4 грудня 2026 року, 09:45"
 * (or "р."), Russian "года" or "г.", Polish "r." ("4 grudnia 2026 r., godz. 09:45"). Or the dot Serbian, Croatian and
 * Slovene close a date's year with, before its time (N1's "subota, 5. decembar 2026. 10:24", "4. prosinca 2026. u 14:32").
 * Read over, so that the time after it is the date's.
 */
const YEAR_WORD = '(?:\\s+(?:року|р\\.|года|г\\.|r\\.)|\\.(?=\\s))?';
// "de" / "del" between the parts: "19 de noviembre de 2019", "3 de março de 2020"; Maltese "ta'" and Breton "a viz" ("of
// month") before the month: TVM's "5 ta' Diċembru 2026 – 09:42", "d'ar 5 a viz Kerzu 2026";
// Papiamento's "di" ("5 di desèmber 2026").
const OF = "(?:\\s+(?:del?|di|ta['’]|a viz))?";
/**
 * The words for "month" and "year" Khmer and Lao dates may set before the month and the year: "ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៦" (the 4th,
 * month December, year 2026), "ວັນທີ 4 ເດືອນທັນວາ ປີ 2026".
 */
const MONTH_WORD = '(?:(?:ខែ|ເດືອນ)\\s*)?';
const YEAR_NAMED = '(?:(?:ឆ្នាំ|ປີ)\\s*)?';
/**
 * A weekday between the date and its time ("12 March 2026, Thursday, 14:05", "13 Maret 2026 | Jumat |
 * 08:15 WIB"): English, German, French, Spanish, Portuguese, Italian, Dutch and Indonesian, written as
 * date lines write them, so that the time after it is the date's. Turkish too, the capital İ spelt out as in links.ts
 * (Cumhuriyet's "5 Aralık 2026 Cumartesi 14:22").
 */
const WEEKDAY =
  '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|(?:segunda|terça|quarta|quinta|sexta)-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|senin|selasa|rabu|kamis|jumat|sabtu|minggu|pazartes[iİ]|salı|çarşamba|perşembe|cuma(?:rtes[iİ])?|pazar)';
/** A line opening with a weekday (WEEKDAY's languages), as a paper's day's date does: "Monday, December 7, 2026". */
const OPENING_WEEKDAY = new RegExp(`^${WEEKDAY}\\.?,?\\s`, 'iu');
export const opensWithWeekday = (text: string): boolean => OPENING_WEEKDAY.test(text);
/**
 * The part of the day Khmer sets after a time's minutes, maybe after its word for minutes: "ម៉ោង ១០:៣០ នាទីព្រឹក" (10:30,
 * morning), "ម៉ោង ០២:៣០ នាទីរសៀល" (2:30, afternoon), evening and night. The clock is of 12 hours: without the part of the
 * day an afternoon's time reads as the morning's. KHMER_LATER_HALF holds those after noon.
 */
const KHMER_DAY_PART = '(?:នាទី)?\\s*(?:ព្រឹក|រសៀល|ល្ងាច|យប់)';
const KHMER_LATER_HALF = /(?:រសៀល|ល្ងាច|យប់)$/u;
/**
 * The Arabic letters for am and pm after a time, the first of صباحًا (morning) and مساءً (evening): Al Arabiya's "03 ديسمبر
 * ,2026: 04:12 م GST", its time after a colon: without the letter an afternoon's time reads as the morning's.
 */
const ARABIC_DAY_PART = '[صم](?![\\p{L}\\p{M}])';
const LATER_HALF = /^p|^م$/iu;
const EARLIER_HALF = /^a|^ص$/iu;
/**
 * The time after the date: "08:19 PM", "at 12:05", and as other papers write it, the French "à 09h12"
 * or "à 9 h 45", the Guardian's "12.01 GMT" (a dot only before a time zone, am/pm, the German, Dutch or
 * Spanish word for the hour, "09.45 Uhr", "09.45 uur", "09.45 h", or the end: "2023 1.25 million"
 * is no time), after a dash ("04 jul 2023 - 13:45 CEST"), after the Italian and Polish words for the
 * hour ("ore 11:20", "alle ore 9:05", "godz. 14:05"), the Ukrainian and Russian "at" ("о 09:45", "в 09:45"), the Croatian,
 * Serbian, Slovak and Slovene one ("u 14:32", "o 15:40", "ob 9:05"), the Nordic
 * languages' "o'clock" (NRK's "4. des. 2026 kl. 14:20", SVT's "kl 08.15", Yle's Finnish "klo 12.45"), Khmer's "hour" ("ឆ្នាំ២០២៦
 * ម៉ោង ១០:៣០"), and Indonesia's zones after a dot ("08.15 WIB",
 * "14.05 WITA", as Tempo and Kompas write it), after the Arabic comma ("۱۵ ژوئیه ۲۰۲۵، ۱۰:۳۰"), after an at sign (Berita Harian's
 * "Dis 4, 2026 @ 3:05pm"), after a spaced slash ("Dec. 4, 2026 / 8:31 AM CST"), with a space before the colon, a scraper's
 * artefact of the hour and minutes in two boxes ("8 :31 a.m."), after a colon closing the year (Al Arabiya's "2026: 04:12 م").
 * The part of the day Khmer sets after the minutes stands for am or pm (KHMER_DAY_PART), and so do Arabic's letters
 * (ARABIC_DAY_PART), and a Spanish page's "p. m." with a space (El Espectador's "3 de diciembre de 2026 - 09:15 p. m.").
 */
const TIME =
  '(?:(?:[,،\\s]+|:\\s+)(?:[-–—|@/]\\s+)?(?:' + WEEKDAY + '\\.?,?\\s+(?:[-–—|]\\s+)?)?(?:(?:at|à|às|um|om|alle(?: ore)?|ore|a las|a les|godz\\.|kl\\.?|klo|о|в|u|o|ob|ម៉ោង)\\s+)?(\\d{1,2})(?: ?:|\\s?h\\s?(?=\\d{2}(?![\\p{L}\\p{N}]))|\\.(?=\\d{2}(?:\\s*(?:[ap]\\.?m\\b|gmt|bst|utc|cet|cest|mesz?|ist|[ecmp][sd]?t|wib|wita|wit|uhr|uur|h)(?![\\p{L}])|\\s*$)))(\\d{2})(?::\\d{2})?\\s*([ap](?:\\.\\s?)?m\\.?|' + ARABIC_DAY_PART + '|' + KHMER_DAY_PART + ')?)?';

/**
 * 13/04/2023, 04/13/2023, 30.03.2023: day and month as numbers. Dots are day first (German and
 * others write 30.03.2023) unless the second part is over 12; with slashes or hyphens the order is
 * known only when one part is over 12 (a month-first 03/04/2023 and a day-first one are both
 * common), so an ambiguous date is no date unless the config says which order the sources write
 * (`clean.dateOrder`): a wrong month is worse than none. A dotted date may close with a dot, as Croatian and Serbian
 * write it (Index.hr's "Objavljeno: 04.12.2026. u 14:32"); a figure after that dot is no date's.
 */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:(?<=\.\d{4})\.)?(?![\d./-])/;
/**
 * The same with a two-digit year, as Indonesian, Italian and Spanish pages, forums and US blogs write
 * it ("12/03/26", "12.03.26 14:05", "1/14/08"): a dot or a slash between, no letter or figure next to
 * it ("v1.2.26" is a version, "3-1-26" a score or a code), its century read by fullYear. Day and month
 * of two figures each with dots; with slashes one figure too (US blogs' "Last Updated: 1/16/08 9:50 AM
 * ET"), as no version is so written. Its day and month are ordered as NUMERIC_DATE's:
 * by the page's other dates when they could be either (pageDateOrder), else left unread.
 */
// Two figures before each dot are checked behind it: a lookahead for them up front is tried at every position of every
// line, ten times the regex's time.
const SHORT_YEAR_DATE = /(?<![\p{L}\p{N}./:-])(\d{1,2})([./])(?<=\d\d\.|\d\/)(\d{1,2})\2(?<=\d\d\.\d\d\.|\/)(\d{2})(?![\p{L}\p{N}./-])/u;
/**
 * A two-digit year's century: the year in this century up to LATEST_PLAUSIBLE_YEAR ("26" is 2026),
 * else in the last ("31" is 1931). No date of an article is later than that (implausibleDateWarning).
 */
const fullYear = (year: string): number => {
  if (year.length !== 2) return +year;
  const thisCentury = 2000 + Number(year);
  return thisCentury <= LATEST_PLAUSIBLE_YEAR ? thisCentury : thisCentury - 100;
};

function numericParts(m: RegExpExecArray, order: DateOrder): [number, number, number] | null {
  const [first, second, year] = [+m[1]!, +m[3]!, fullYear(m[4]!)];
  // Month first only when the second part cannot be a month: a US page's "11.18.19".
  if ((m[2] === '.' && second <= 12) || (first > 12 && second <= 12)) return [year, second, first];
  if (second > 12 && first <= 12) return [year, first, second];
  if (first === second || order === 'mdy') return [year, first, second];
  return order === 'dmy' ? [year, second, first] : null;
}

type DateParts = [number, number, number, string?, string?, string?];

/**
 * A time zone of the United States' after a time, in capitals: Eastern, Central (daylight only: "CST" is China's standard
 * time too), Mountain, Pacific, Alaska and Hawaii time ("EST", "EDT", "ET", "PT", "HST"). A numeric date written with one is
 * an American page's, month first (Politico's "12/04/2026 06:00 AM EST"), whose order the date alone leaves unknown.
 */
const US_ZONE = /^\s*(?:[EMP][SD]T|CDT|AK[SD]T|HST|[ECMP]T)(?![\p{L}])/u;
/**
 * "CST" after a time of the 12-hour clock: China and Taiwan date in 24 hours or year first ("2026-12-04 08:31"), so "12/04/2026
 * 8:31 AM CST" (a Chicago or Texas station's date line) is Central time's, read month first; with a 24-hour time it stays unknown.
 */
const CENTRAL_STANDARD = /^\s*CST(?![\p{L}])/u;
/** Whether the numeric date `m` matched (NUMERIC_DATE with its TIME) has a time and a US time zone after it. */
const isUsZoned = (m: RegExpExecArray): boolean => {
  if (m[5] === undefined) return false;
  const after = m.input.slice(m.index + m[0].length);
  return US_ZONE.test(after) || (m[7] !== undefined && CENTRAL_STANDARD.test(after));
};

/**
 * The time after a Chinese, Japanese or Korean date: "09:30", "11時20分", "下午3:45", "오후 2시 32분",
 * maybe after a weekday ("(金)", "星期五"); the half of the day stands before the hour.
 */
const EAST_ASIAN_TIME =
  '(?:\\s*(?:[(（]\\p{L}{1,3}[)）]|(?:星期|周|週)[一二三四五六日天])?\\s*(上午|下午|午前|午後|오전|오후)?\\s*(\\d{1,2})\\s*(?:[:：]|[時时点點시]\\s*)(\\d{1,2})(?!\\d))?';
const AFTERNOON = new Set(['下午', '午後', '오후']);
const eastAsianParts = (m: RegExpExecArray, year: string, month: string, day: string): DateParts => [
  +year,
  +month,
  +day,
  m[m.length - 2],
  m[m.length - 1]?.padStart(2, '0'),
  m[m.length - 3] === undefined ? undefined : AFTERNOON.has(m[m.length - 3]!) ? 'pm' : 'am',
];

/**
 * A time right before the date: "Updated 10:32 AM EDT, August 30, 2023" (AP), "Updated at 10:32
 * a.m. ET on March 3, 2024"; a time zone, a comma, "on" or a weekday may stand between, a space before the colon
 * ("UPDATED: 8 :31 a.m. PDT, January 20, 2008"), or a dash: Asharq Al-Awsat's "نُشر: 14:30-4 ديسمبر 2026", or a dot or a bar
 * between two boxes: TechCrunch's "3:22 PM PST · December 2, 2026". readDate gives it to a date with no time after it.
 */
const TIME_BEFORE = /(?<![\d:.])(\d{1,2}) ?:(\d{2})(?::\d{2})?\s*([AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{1,4})?\s*,?\s*(?:on\s+)?(?:\p{L}+\.?,?\s+)?(?:[-–—·•|]\s*)?$/u;

/**
 * A Hungarian date, year first: "2026. december 4.", "2026. dec. 4., csütörtök". Both dots told: "in 2026. December 4 was"
 * is two sentences.
 */
const HUNGARIAN_DATE = `(?<![\\d.])(\\d{4})\\.\\s+${MONTH}\\s+(\\d{1,2})\\.(?!\\d)`;
/**
 * A date year first with its month's name and no dot after the year: Sinhala papers' "2026 දෙසැම්බර් 05 සෙනසුරාදා" (Lankadeepa),
 * and Basque's, the year with its suffix "of" and the month in the genitive, the day maybe with its article or its "on"
 * ("2026ko abenduaren 5a", Berria; "2021eko urriaren 5ean"). Only so: a year, an
 * English month and a figure are as often a sentence's ("by 2030 may 40 firms").
 */
const YEAR_MONTH_DAY = `(?<![\\d.])(\\d{4})(?:e?ko\\s+|\\s+(?=\\p{Script=Sinhala}))${MONTH}\\s+(\\d{1,2})(?:a|ean)?(?![\\p{L}\\p{N}])`;
/**
 * Mongolian's date year first, each figure followed by its word: "2026 оны 12 сарын 05" (of the year 2026, of the 12th month,
 * the 5th), the month maybe with its ordinal word ("12 дугаар сарын 5", "11 дүгээр сарын") and the day with its case ending
 * ("5-ны", "5-нд"), as IKON's date line writes it.
 */
const MONGOLIAN_DATE = '(?<![\\d.])(\\d{4})\\s+оны\\s+(\\d{1,2})\\s+(?:(?:дугаар|дүгээр)\\s+)?сарын\\s+(\\d{1,2})(?:-?н[ыид]\\p{L}*)?(?![\\p{L}\\p{N}])';
/** Latvian's date year first, "year" after it and the day before the month (locative): "2026. gada 5. decembrī". */
const LATVIAN_DATE = `(?<![\\d.])(\\d{4})\\.\\s+gada\\s+(\\d{1,2})\\.\\s+${MONTH}`;
/** Lithuanian's date year first, "m." (year) after it, the month in the genitive and "d." (day) after the day: "2026 m. gruodžio 5 d.". */
const LITHUANIAN_DATE = `(?<![\\d.])(\\d{4})\\s*m\\.\\s+${MONTH}\\s+(\\d{1,2})\\s*d\\.`;

const PATTERNS: Array<{ regex: RegExp; parts: (m: RegExpExecArray, order: DateOrder) => DateParts | null }> = [
  // 2023-04-29, 2023-04-29T20:19, 2023/04/29 (not the start of a longer number: 2023-04-291); a Japanese weekday in brackets
  // before the time, "2026/12/5(土) 10:32配信" (Yahoo! Japan's)
  {
    regex: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)(?:(?:\s*[(（]\p{L}{1,3}[)）]\s*|[T\s]+)(\d{1,2}):(\d{2}))?/u,
    parts: (m) => [+m[1]!, +m[2]!, +m[3]!, m[4], m[5]],
  },
  // 2024年6月28日 (Chinese, Japanese), 2024년 5월 17일 (Korean): a Chinese page's date line is read as one, not as its title.
  {
    regex: new RegExp(`(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]${EAST_ASIAN_TIME}`, 'u'),
    parts: (m) => eastAsianParts(m, m[1]!, m[2]!, m[3]!),
  },
  // Korean dates with dots: 2024.05.17, 2024.05.17. and 2024. 5. 17. (the spaced form needs its last
  // dot, so that "in 2024. 3.5 percent" is none).
  {
    regex: new RegExp(`(?<![\\d.])(\\d{4})(?:\\.(\\d{1,2})\\.(\\d{1,2})\\.?(?![.\\d])|\\. (\\d{1,2})\\. (\\d{1,2})\\.)${EAST_ASIAN_TIME}`, 'u'),
    parts: (m) => eastAsianParts(m, m[1]!, m[2] ?? m[4]!, m[3] ?? m[5]!),
  },
  // 29 Apr 2023 08:19 PM, 19. November 2019, 19 de noviembre de 2019; Jang's spaced Arabic comma, "05 دسمبر ، 2026"; a comma
  // after an ordinal day, "09:20 - 4th, Dec 2026" (a football site's), or after a day under its weekday, "Saturday 05, December 2026" (a
  // Gulf paper's; not after an issue's number, "Issue 5, March 2026"); Al Arabiya's comma run into the year, "03 ديسمبر ,2026"
  { regex: new RegExp(`\\b(\\d{1,2})(?:(?:st|nd|rd|th),?|(?<=${WEEKDAY}\\s+\\d{1,2}),|\\.|º)?${OF}\\s+${MONTH_WORD}${MONTH}${OF}${ERA_MARK}(?:\\s*[,،]\\s*|\\s+)${YEAR_NAMED}(\\d{4})${YEAR_WORD}${TIME}`, 'iu'), parts: (m) => [eraYear(+m[3]!, m[2]!), monthOf(m[2]!), +m[1]!, m[4], m[5], m[6]] },
  // The time of day with its seconds between the day and month and the year, as Unix's date and C's ctime print a stamp and
  // a sports portal prints it ("Fri, 4 Dec 10:12:00 2026", "Sun Dec  6 19:49:08 UTC 2026").
  {
    regex: new RegExp(`(?:\\b(\\d{1,2})\\s+${MONTH}|(?<![\\p{L}])${MONTH}\\s+(\\d{1,2}))\\s+(\\d{1,2}):(\\d{2}):\\d{2}(?:\\s+[A-Z]{2,5})?\\s+(\\d{4})(?!\\d)`, 'iu'),
    parts: (m) => [+m[7]!, monthOf(m[2] ?? m[3]!), +(m[1] ?? m[4]!), m[5], m[6]],
  },
  // Italian and Spanish pages' short August, "04 Ago 2026", read between a day
  // and a year only: as a month name (MONTHS) "ago" would be the English word.
  { regex: new RegExp(`(?<![\\d.])(\\d{1,2})\\s+ago\\.?\\s+(\\d{4})(?!\\d)${TIME}`, 'iu'), parts: (m) => [+m[2]!, 8, +m[1]!, m[3], m[4], m[5]] },
  // BBC Amharic's "4 ታህሳስ 2026" (AMHARIC_GREGORIAN_MONTH).
  {
    regex: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${AMHARIC_GREGORIAN_MONTH}\\s+(\\d{4})(?!\\d|\\s*ዓ)${TIME}`, 'u'),
    parts: (m) => [+m[3]!, gregorianMonthOfAmharic(m[2]!), +m[1]!, m[4], m[5], m[6]],
  },
  // An Ethiopian paper's "ኅዳር 26 ቀን 2019 ዓ.ም." (ETHIOPIAN_DATE), converted to the Gregorian date; no time: Ethiopian hours
  // are counted from six in the morning.
  {
    regex: new RegExp(ETHIOPIAN_DATE, 'u'),
    parts: gregorianOfEthiopianDate,
  },
  // A Thai month and the Buddhist era's year in two figures (THAI_MONTH): "4 ธ.ค. 69 10:15 น.".
  { regex: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${THAI_MONTH}${ERA_MARK}\\s+(\\d{2})(?![\\d.:/])${TIME}`, 'u'), parts: (m) => [FIRST_YEAR_OF_BUDDHIST_CENTURY + +m[3]!, monthOf(m[2]!), +m[1]!, m[4], m[5], m[6]] },
  // The Solar Hijri calendar's date (SOLAR_HIJRI_MONTH): "۱۴ آذر ۱۴۰۵", converted to the Gregorian one.
  {
    regex: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${SOLAR_HIJRI_MONTH}\\s+(1[34]\\d{2})(?!\\d)${TIME}`, 'u'),
    // A day the month does not have is none (readDate: its day over 12 and its year, "impossible").
    parts: (m) => {
      const date = gregorianOfSolarHijriDate(+m[1]!, m[2]!, +m[3]!);
      return date && [...date, m[4], m[5], m[6]];
    },
  },
  // Hungarian, year first, a dot after the year and after the day: "2026. december 4. – 15:10" (HUNGARIAN_DATE).
  { regex: new RegExp(`${HUNGARIAN_DATE}${TIME}`, 'iu'), parts: (m) => [+m[1]!, monthOf(m[2]!), +m[3]!, m[4], m[5], m[6]] },
  // Sinhala and Basque, year first (YEAR_MONTH_DAY): "2026ko abenduaren 5a, 09:30".
  { regex: new RegExp(`${YEAR_MONTH_DAY}${TIME}`, 'iu'), parts: (m) => [+m[1]!, monthOf(m[2]!), +m[3]!, m[4], m[5], m[6]] },
  // Latvian, year first (LATVIAN_DATE): "2026. gada 5. decembrī, 09:14".
  { regex: new RegExp(`${LATVIAN_DATE}${TIME}`, 'iu'), parts: (m) => [+m[1]!, monthOf(m[3]!), +m[2]!, m[4], m[5], m[6]] },
  // Lithuanian, year first (LITHUANIAN_DATE): "2026 m. gruodžio 5 d. 10:15".
  { regex: new RegExp(`${LITHUANIAN_DATE}${TIME}`, 'iu'), parts: (m) => [+m[1]!, monthOf(m[2]!), +m[3]!, m[4], m[5], m[6]] },
  // Mongolian, year first (MONGOLIAN_DATE): "2026 оны 12 сарын 05 10:20".
  { regex: new RegExp(`${MONGOLIAN_DATE}${TIME}`, 'u'), parts: (m) => [+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6]] },
  // Folha de S.Paulo's dots without spaces: "3.dez.2026 às 10h15"; ESPNcricinfo's hyphens, "05-Dec-2026". No word character
  // before the day, as `\b` before a figure says, written as a lookbehind: V8 compiles this long pattern (the month names
  // twice) two to four times slower with `\b` (docs/scale-history.md, "The date patterns' compile").
  { regex: new RegExp(`(?<!\\w)(\\d{1,2})(?:\\.${MONTH}|-${MONTH}-)(\\d{4})${TIME}`, 'iu'), parts: (m) => [+m[4]!, monthOf(m[2] ?? m[3]!), +m[1]!, m[5], m[6], m[7]] },
  // April 29, 2023 8:19 pm; Burmese's comma, "ဒီဇင်ဘာ ၅၊ ၂၀၂၆"; the Jordan Times' comma run into the year, "Dec 05,2026" (four
  // figures alone: "May 12,20045 tonnes" is none)
  { regex: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:[,၊]?\\s+|,(?=\\d{4}(?!\\d)))(\\d{4})${TIME}`, 'iu'), parts: (m) => [+m[3]!, monthOf(m[1]!), +m[2]!, m[4], m[5], m[6]] },
  // 22.03.2024, 10:15 Uhr; 04/13/2023 at 9:05 pm; 12.03.26 14:05
  ...[NUMERIC_DATE, SHORT_YEAR_DATE].map((numeric) => ({
    regex: new RegExp(`${numeric.source}${TIME}`, 'iu'),
    parts: (m: RegExpExecArray, order: DateOrder): DateParts | null => {
      const date = numericParts(m, order === 'auto' && isUsZoned(m) ? 'mdy' : order);
      return date && [...date, m[5], m[6], m[7]];
    },
  })),
];

/**
 * What a text's date expressions give: the first date as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, else
 * why none was read from what looks like one: `order` for a numeric day and month that could be
 * either (03/04/2023 under `auto`), `impossible` for a day its month does not have (29 Feb 2023,
 * 31/04/2023, 13/13/2023); null when the text holds no date expression (nor a year outside
 * 1900-2100, as codes and numbers such as 0800-12-34 are).
 */
type DateReading = { iso: string } | { iso: null; unread: UnreadDate };
/** Why a date expression gave no date (DateReading). */
type UnreadDate = 'order' | 'impossible' | 'calendar';

/**
 * A year the page's markup runs into the time after it, two boxes with no space between them: Reuters' "December 4,
 * 20263:41 PM UTC", CNBC's "PUBLISHED TUE, NOV 19 20197:05 AM EST": a space after the year gives the date its time, and
 * its year ("20263" is none). A year of this century or the last, then the hour's one or two figures and a colon.
 */
const YEAR_RUN_INTO_TIME = /(?<![\d.:/-])((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))/gu;

/**
 * A dotted date joined to its time by a hyphen, as the Frankfurter Allgemeine stamps its stories ("Aktualisiert am
 * 04.12.2026-16:48"): NUMERIC_DATE reads no date with a hyphen after its year, so the hyphen is a space.
 */
const DOTTED_DATE_HYPHEN_TIME = /(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{4})-(?=\d{1,2}:\d{2}(?!\d))/gu;

/**
 * A dotted date with a space after each dot, as Czech, Slovak and Slovene pages write it (ČT24's "Publikováno: 5. 12. 2026,
 * 09:14", 24ur's "05. 12. 2026 14:32"): closed up, NUMERIC_DATE reads it, day first.
 */
const SPACED_DOTTED_DATE = /(?<![\d.])(\d{1,2})\. (\d{1,2})\. (\d{4})(?!\d)/gu;
/**
 * A hyphenated date of two figures each with a comma and a time after it, as DPG Media's Dutch and Flemish papers stamp
 * their stories (AD's "04-12-26, 22:15"): written with slashes, SHORT_YEAR_DATE reads it in the page's order. Without the
 * time such figures are as often a score or a code ("3-1-26").
 */
const HYPHENATED_SHORT_YEAR_DATE = /(?<![\p{L}\p{N}./:-])(\d{2})-(\d{2})-(\d{2}),(?=\s+\d{1,2}:\d{2})/gu;

/** MONTH without its capture: a range's month (DAY_RANGE_IN_MONTH), in a lookbehind or a lookahead. */
const MONTH_UNCAPTURED = `(?:${MONTH.slice(1)}`;
/**
 * A range of days in one month, as a weekly's folio dates its issue ("Week of December 3-9, 2026", Wantok's Tok Pisin "Wik
 * Desemba 3 - 9, 2026", "3–9 December 2026"): written as its first day, the issue's, which the patterns then read (month
 * first they read no date of a range, day first its last day). A time's minutes before a dash are no day ("9:15 -
 * 4 December 2026"), nor are figures that do not ascend (firstDayOfRange). Tried only where a figure, a dash and a figure stand (DAY_RANGE_DASH): the months' names make it long.
 */
const DAY_RANGE_IN_MONTH = new RegExp(
  `(?<=${MONTH_UNCAPTURED}\\s+)(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?=,?\\s+\\d{4}(?!\\d))|(?<![\\d.:])(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?=\\.?${OF}\\s+${MONTH_UNCAPTURED}${OF}\\s+\\d{4}(?!\\d))`,
  'giu',
);
const DAY_RANGE_DASH = /\d\s*[-–]\s*\d/u;
/** The range's first day, if the days ascend within a month: "Nimewo 48 – 5 desanm 2026" is an issue's number and its date. */
const firstDayOfRange = (range: string, ...days: Array<string | undefined>): string => {
  const [first, last] = days[0] === undefined ? [days[2]!, days[3]!] : [days[0], days[1]!];
  return +first < +last && +last <= 31 ? first : range;
};

export function readDate(line: string, order: DateOrder = 'auto'): DateReading | null {
  const ascii = asciiDigits(line);
  // The rewrites of times need a time's colon, which most lines read here have not: no regex scan of them.
  const timed = ascii.includes(':');
  const digits = timed ? ascii.replace(YEAR_RUN_INTO_TIME, '$1 ').replace(HYPHENATED_SHORT_YEAR_DATE, '$1/$2/$3,') : ascii;
  if (!mayHoldDate(digits)) return null;
  const dotted = timed ? digits.replace(DOTTED_DATE_HYPHEN_TIME, '$1 ') : digits;
  const undotted = dotted.includes('. ') ? dotted.replace(SPACED_DOTTED_DATE, '$1.$2.$3') : dotted;
  const text = DAY_RANGE_DASH.test(undotted) ? undotted.replace(DAY_RANGE_IN_MONTH, firstDayOfRange) : undotted;
  let unread: UnreadDate | null = null;
  for (const { regex, parts } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const found = parts(match, order);
    if (!found) {
      unread ??= impossibleNumeric(match) ? 'impossible' : 'order';
      continue;
    }
    if (found[3] === undefined) {
      const before = TIME_BEFORE.exec(text.slice(0, match.index));
      if (before) [found[3], found[4], found[5]] = [before[1], before[2], before[3]];
    }
    const [year, month, day, hour, minute, meridiem] = found;
    if (year < 1900 || year > 2100) continue;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
      unread ??= 'impossible';
      continue;
    }
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (hour === undefined || minute === undefined) return { iso: date };
    let h = Number(hour);
    if (meridiem && (LATER_HALF.test(meridiem) || KHMER_LATER_HALF.test(meridiem)) && h < 12) h += 12;
    if (meridiem && EARLIER_HALF.test(meridiem) && h === 12) h = 0;
    if (h > 23 || Number(minute) > 59) return { iso: date };
    return { iso: `${date}T${pad(h)}:${minute}` };
  }
  if (unread === null && BIKRAM_SAMBAT_DATE.test(text)) unread = 'calendar';
  return unread && { iso: null, unread };
}

/**
 * Whether the line writes a year of four digits, in any script's digits: a date read from a line
 * without one (a two-digit year's, SHORT_YEAR_DATE) is told from a figure less surely (metadata/lift.ts isDateLine).
 * Beside a two-digit year's date, the four digits must be a date's of their own: a related link's "• Diner 2007
 * (6/15/07)" holds a film's name and no date line.
 */
export function writesFullYear(line: string): boolean {
  const text = asciiDigits(line);
  return hasYear(text) && (!SHORT_YEAR_DATE.test(text) || readDate(text.replace(SHORT_YEAR_DATES, ' ')) !== null);
}

/**
 * Whether the text has four ASCII digits in a row. Every date pattern reads a year so, and most
 * lines the cleaner asks about have none: they are told by a regex scan (as hasSeparatedDigits), without the patterns (two
 * of them name every month in 16 languages), a quarter of readDate's time on the bench corpus
 * (docs/scale-history.md).
 */
const FOUR_DIGITS = /\d{4}/;
function hasYear(text: string): boolean {
  return FOUR_DIGITS.test(text);
}

/**
 * Whether the text has an ASCII digit, then ".", "/" or "-", then a digit, as every numeric date
 * (NUMERIC_DATES) has: told by a regex scan, so that a line with a year and no such date ("in 2024",
 * most of them) is not matched against both patterns (pageDateOrder). Without `u`, `\d` is ASCII's and the text is read
 * code unit by code unit, as a loop over char codes reads it, at a few instructions a character where the loop takes some
 * 47 (docs/cleaning-history/speed.md).
 */
const SEPARATED_DIGITS = /\d[./-]\d/;
export function hasSeparatedDigits(text: string): boolean {
  return SEPARATED_DIGITS.test(text);
}

/**
 * Whether the text has a year of four digits (hasYear), a numeric date with two (SHORT_YEAR_DATE) or Thai script (a Thai
 * month with the Buddhist era's year in two figures, THAI_MONTH).
 */
const mayHoldDate = (text: string): boolean => hasYear(text) || SHORT_YEAR_DATE.test(text) || THAI.test(text);

/** A numeric date left unread whatever the order: neither part a month (13/13/2023) or a day 0. */
const impossibleNumeric = (m: RegExpExecArray): boolean => {
  const [first, second] = [+m[1]!, +m[3]!];
  return (first > 12 && second > 12) || first === 0 || second === 0;
};

/**
 * A wire dateline's bracketed agency after its day and month, the year unwritten ("GEORGE TOWN, Dec 4 (Bernama) --", "MADRID, 20
 * nov (EFE).-"): the story's day and month, which tell a numeric date's order as a date with its year does (NAMED_DATES).
 */
const AGENCY_AFTER = '\\s+\\([^()\\n]{1,30}\\)';
/**
 * Dates with a month name and a year, day first ("8 Mar 2024") or month first ("March 8, 2024"), or before a wire dateline's agency
 * (AGENCY_AFTER: Bernama's "04/12/2026 04:37 PM" over its "GEORGE TOWN, Dec 4 (Bernama) --"): every one in a text.
 */
const NAMED_DATES = [
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.|º)?${OF}\\s+${MONTH}(?:${OF},?\\s+\\d{4}|${AGENCY_AFTER})`, 'giu'), day: 1, month: 2 },
  { regex: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:(?:st|nd|rd|th)?,?\\s+\\d{4}|${AGENCY_AFTER})`, 'giu'), day: 2, month: 1 },
];
const SHORT_YEAR_DATES = new RegExp(SHORT_YEAR_DATE.source, 'gu');
const NUMERIC_DATES = [new RegExp(NUMERIC_DATE.source, 'g'), SHORT_YEAR_DATES];

/**
 * The order a page writes its numeric dates in, as its other dates tell: `dmy` when one of its dates with a month name
 * has the day and month an ambiguous numeric date ("08/03/2024") has read day first ("8 Mar 2024"), or one of its numeric
 * dates with slashes or hyphens can be read day first alone ("28/11/2026"); `mdy` when read month first ("August 3",
 * "11/28/2026"); `auto` when none does or both orders are found. A page writes its dates one way, so its "Last updated:
 * 08/03/2024" is read by another line's "8 Mar 2024", and France 24's "Issued on: 04/12/2026" by its other stories' dates'
 * "28/11/2026". Dots tell nothing: they are read day first whatever the page.
 */
export function pageDateOrder(texts: readonly string[]): DateOrder {
  const ambiguous = new Set<string>();
  const found = new Set<DateOrder>();
  for (const text of texts) {
    if (!hasSeparatedDigits(text) || !mayHoldDate(text)) continue;
    for (const m of NUMERIC_DATES.flatMap((dates) => [...text.matchAll(dates)])) {
      // Unread for its order alone: readDate's `order` reading.
      if (!numericParts(m, 'auto') && !impossibleNumeric(m)) ambiguous.add(`${+m[1]!}/${+m[3]!}`);
      const order = m[2] === '.' ? null : writtenOrder(m);
      if (order) found.add(order);
    }
  }
  if (ambiguous.size === 0) return 'auto';
  for (const text of texts) {
    for (const { regex, day, month } of NAMED_DATES) {
      for (const m of text.matchAll(regex)) {
        const [d, mo] = [+m[day]!, monthOf(m[month]!)];
        if (ambiguous.has(`${d}/${mo}`)) found.add('dmy');
        if (ambiguous.has(`${mo}/${d}`)) found.add('mdy');
      }
    }
  }
  return found.size === 1 ? [...found][0]! : 'auto';
}

/** The order a numeric date is written in when one part alone can be the month (28/11 day first, 11/28 month first), else null. */
const writtenOrder = (m: RegExpExecArray): DateOrder | null => {
  const [first, second] = [+m[1]!, +m[3]!];
  if (impossibleNumeric(m)) return null;
  return first > 12 ? 'dmy' : second > 12 ? 'mdy' : null;
};

/**
 * The languages (ISO 639-3, as text/language-guess.ts names them) whose pages write a numeric date
 * month first, as American English does ("12/04/2026" for 4 December), and Filipino from it. Every
 * other language writes the day first, or the year first (Chinese, Japanese, Korean, Persian: read
 * by the year's place, whatever the order).
 */
const MONTH_FIRST_LANGUAGES: ReadonlySet<string> = new Set(['eng', 'tgl']);

/**
 * The order numeric dates are read in on a page in `language` whose dates with a month name told none
 * (pageDateOrder): day first in a language that writes no other (a French page's "Publié le 04/12/2026
 * à 07h15", a Brazilian one's "04/12/2026 - 09h32min"), else `auto`: either order is possible in English.
 */
export const languageDateOrder = (language: string | null): DateOrder => (language !== null && !MONTH_FIRST_LANGUAGES.has(language) ? 'dmy' : 'auto');

/**
 * The first date in the text as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or null; `order`: how to read
 * a numeric day and month that could be either (see DateOrder).
 */
export function findIsoDate(text: string, order: DateOrder = 'auto'): string | null {
  return readDate(text, order)?.iso ?? null;
}

/**
 * The last year an article's date is expected in. A later one (2093: a typo, a placeholder, a
 * scheduled page) is kept but warned about. A constant, not the clock, so that a run's reports are
 * the same whenever it is made: this release's year (2026) and a few years for pages dated ahead;
 * raise it with later releases (docs/cleaning-history.md).
 */
export const LATEST_PLAUSIBLE_YEAR = 2030;

/**
 * The warning for an article dated after LATEST_PLAUSIBLE_YEAR, else null. `date` as metadata holds
 * it: ISO, whose year is its first group of four digits (a JSONL date that cannot be read is left
 * empty with its own warning, ingest/jsonl-record.ts).
 */
export function implausibleDateWarning(date: string | null): string | null {
  const year = date === null ? null : /(?<!\d)\d{4}(?!\d)/.exec(date)?.[0];
  if (!year || Number(year) <= LATEST_PLAUSIBLE_YEAR) return null;
  return `date ${date} is in the future or implausible (after ${LATEST_PLAUSIBLE_YEAR}): kept as given`;
}

/** Days in the month (1-12) of the year: 2023-02-30 and April 31 are no dates. */
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (n: number): string => String(n).padStart(2, '0');

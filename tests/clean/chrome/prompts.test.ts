import { isBoxButton, isFormConfirmation, isReadingPrompt, isSubscriberLogin } from '../../../src/clean/chrome/prompts.js';
import { describeLineTest } from '../line-cases.js';

describeLineTest(
  'isReadingPrompt: a plug written as a sentence',
  isReadingPrompt,
  [
    'Listen to the full episode on Apple Podcasts, Spotify or wherever you get your podcasts.',
    'Subscribe to The Daily Fix wherever you get your podcasts.',
    'Catch all the business news, market news, breaking news events and latest news updates on Live Mint. Download The Mint News App to get daily market updates.',
    'Download the HT app to read more news',
    'This article was read by an AI voice.',
    'Listen to this article',
    'Letters to the editor: Send your letter to letters@harbourgazette.example.com',
    'Email your letters to the editor to letters@harbourgazette.example.com.',
    // They had been the last paragraph (the tester's storm update and council story).
    'Download the WGRZ app for the latest forecast and weather alerts.',
    'Thank you for supporting local journalism.',
    // An Indian site's footer under the text (a tester's Amar Ujala page).
    'Get all India News in Hindi related to live update of politics, sports, entertainment, technology and education etc.',
    'Get the latest Lucknow news in Hindi on our app.',
    'Stay updated with us for all breaking news from India News and more news in Hindi.',
    // An opinion page's call for op-eds under the column, over the author's note (the tester's op-ed).
    'The Banner welcomes your letters and op-eds. Submit them at thebaltimorebanner.com/opinion.',
    'We welcome letters to the editor and guest columns. Email opinion@valleycourier.example.com.',
    // A local station's footer, an obituary host's and a regional paper's plugs (the tester's alert, obituary and court pages).
    'For the latest news, weather, sports, and streaming video, head to KTLA.',
    'To plant trees in memory, please visit the Sympathy Store.',
    'To send flowers to the family of Robert Kowalski, please visit our floral store.',
    "Don't miss the biggest and most important stories from Greater Manchester - sign up to our newsletter here.",
    // The words its lead-up's plugs are looked for on (LEAD_UP_PLUG_WORDS) in any case, and with the long s that /iu reads as s.
    "DON'T MISS THE BIGGEST STORIES FROM GREATER MANCHESTER - SIGN UP TO OUR NEWSLETTER HERE.",
    "Don't miss the biggest stories from Greater Manchester - ſign up to our newsletter here.",
    'THE BANNER WELCOMES YOUR LETTERS AND OP-EDS. SUBMIT THEM AT THEBALTIMOREBANNER.COM/OPINION.',
    // A broadcaster's note on when its programme airs, under the story.
    'Listen to Radio Kestrel News live at 12:30 and 18:30 weekdays - or listen back here.',
    'Listen to Harbour FM Gujarati at 7pm on Harbour Radio 3.',
    'Tune in to The Morning Brief every Sunday at 9:05 am.',
    'Dagsnyt kan høres hver dag kl. 8, 13 og 18 på Fjordradio.',
    // A read-aloud player's announcement over the first paragraph, its badge's "NEW" run in.
    'NEW You can now listen to Harbour News articles!',
    'You can now listen to our articles.',
    // An Indian paper's footer and a broadcaster's newsletter plug under the last paragraph.
    'Get Current Updates on India News, Pune News, Weather Today along with Latest News and Top Headlines from India.',
    "While you're here: Every Friday, our editors send the week's stories from Harbour City in one short email. Sign up here.",
    // A magazine's subscription offer under its review.
    'Get Harbour Bikes delivered to your door each month - 12 issues for just £14.50. Find out more here.',
    'Get The Garden Bench delivered to your home. 6 issues for $20.',
  ],
  [
    'Listen to the recording at the museum, the curator said.',
    'Watch the video from 2019 on the council website.',
    'Listeners at 8pm heard the minister concede the vote.',
    'Udsendelsen kan ses på hjemmesiden, oplyser kommunen.',
    'For the latest news on the fire, residents should check the county website.',
    'To plant trees along the river, the council will need volunteers, the mayor said.',
    'The charity asked supporters to sign up for our newsletter campaign at the town fair, organisers said in a statement on Friday.',
    'Download the NHS app to book a test, the health minister told parents on Monday.',
    'Listeners on Spotify streamed the album 40 million times in its first week.',
    'Catch all the fish you can, the skipper told his crew as the season closed.',
    'The article was read by a judge before the hearing resumed on Tuesday.',
    'Send a letter to the editor to complain, the mayor urged residents on Tuesday.',
    'Thank you for supporting our family through this, his widow wrote on Facebook.',
    'Get all the facts before you vote, the election commission urged on Monday.',
    'The channel will broadcast news in Hindi and English from January.',
    'The mayor welcomes your letters, she said, but will not answer each one.',
    'You can now listen to articles on the bus, thanks to the new app, the transit agency said.',
    'You can now listen to the council meetings online.',
    'Get current updates on the road closures from the county website, officials said.',
    "While you're here: the museum's east wing, rebuilt after the fire, reopens in May.",
    'Get your shopping delivered to your door in an hour, the grocer promises in its advertisements.',
    'Get the paper delivered to your home, readers were told in 1962, when 12 issues cost a shilling.',
  ],
);

describeLineTest(
  'isReadingPrompt: the page asking whether the reader liked the story',
  isReadingPrompt,
  ['Like this article?', 'Like this story? Share it with a friend!', 'Enjoyed this piece? Sign up for our weekly letter.', 'Did you like this post?'],
  ['Like this story, the last one ended in court.', 'Like this article? Not many readers did, the editor admitted in a column.', 'Liked this story about the harbour'],
);

describeLineTest(
  "isReadingPrompt: a sign-up box's consent line",
  isReadingPrompt,
  [
    'By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.',
    'By subscribing, you consent to receive emails from us under our privacy notice.',
    'By clicking Sign Up, you agree to our terms and privacy policy.',
  ],
  ['By signing up, you agree to let the company sell your data, critics say.', 'By registering early, farmers accept lower prices for their grain.'],
);

describeLineTest(
  'isReadingPrompt: an ask to follow the site on a messenger, by push alerts, or to subscribe',
  isReadingPrompt,
  [
    "Join ST's WhatsApp Channel and get the latest news and must-reads.",
    'Follow the Herald on our Telegram channel for breaking news',
    'Sign up for Health & Family push alerts and have the best health news, tips and advice sent straight to your phone',
    'Subscribe: Get unlimited access to local news for just $1',
    // A follow ask naming another network first: a tester's Malaysian page had kept it as the last paragraph.
    "Follow us on Instagram and join our Telegram and/or WhatsApp channel(s) for the latest news you don't want to miss.",
  ],
  [
    "The ministry's WhatsApp channel spread the rumour to 40,000 followers within an hour.",
    'Subscribers said the push alerts came too late to be useful.',
    'Follow-up checks found the Telegram channel was run from abroad.',
  ],
);

describeLineTest(
  "isReadingPrompt: a link to the whole story on the site",
  isReadingPrompt,
  ['Read more at texastribune.org', 'Read the full story at The Texas Tribune', 'Continue reading on nytimes.com/2026/12/04/us/story.html', 'Full story at BBC News'],
  ["Read more at the council's website.", 'Read more on the vote in our live blog'],
);

describeLineTest(
  'isReadingPrompt: a sign-up prompt closing a line after a short lead-up',
  isReadingPrompt,
  ['Want more Harbour Times? Sign up for our newsletter.', 'Stay up to date with Contoso. Subscribe to our newsletter.', "Get the latest news right in your inbox. Subscribe to Harbour.com's newsletters."],
  [
    'The mayor resigned on Tuesday after a vote of no confidence. Story continues below advertisement',
    'The council will publish its plan for the harbour in March, after a consultation with residents and businesses. Sign up for our newsletter.',
    'The library said residents can sign up for the newsletter at the front desk.',
  ],
);

describeLineTest(
  "isBoxButton: a sign-up box's bare button",
  isBoxButton,
  ['Subscribe', 'SUBSCRIBE NOW', 'Submit', 'Join now', 'Jetzt abonnieren', "S'abonner", 'Suscríbete', 'Подписаться'],
  ['Subscribe to our newsletter for the latest news.', 'Subscribers', 'Joining the club', 'Go-ahead for the bridge'],
);

describeLineTest(
  "isFormConfirmation: what a reader's form says once sent",
  isFormConfirmation,
  ["Thanks for contacting us. We've received your submission.", 'Thank you for reporting!', 'Thank you for your submission.', 'Thanks for reporting this comment.'],
  ['Thank you for reporting this, she wrote to the council.', 'Thanks for contacting us, the spokesman said, and hung up.', 'Thank you'],
);

describeLineTest(
  "isReadingPrompt: a sign-up box's consent, an offer and a pictograph's prompt",
  isReadingPrompt,
  [
    'By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.',
    'By providing your email, you agree to our Terms and Privacy Policy.',
    "Don't miss out on the latest news and information.",
    'Subscribe to HARBOR PLUS to get access to The Harbor Daily & other 40+ titles, share up to 5 gadgets, listen to the news and download as early as 4am. Call 555 0100.',
    '📲 Participe do canal do g1 SP no WhatsApp',
    'Faça parte do canal do Diário Serrano no Telegram',
    '📩 Sign up for our newsletter',
    'Únete al canal de WhatsApp de La Gaceta del Sur',
    'Súmate a nuestro canal de Telegram',
    'Contact us at letters@harbormagazine.example.',
    // A paper's plug for its e-paper and its subscription offer at a price, each the last paragraph of a tester's page.
    'Now you can read the Harbour Courier ePaper anytime, anywhere. The Harbour Courier ePaper is available to you at home or at work, and is the same edition as the printed copy available at https://example.com/epaper',
    'You can now read the Riverton Gazette e-paper on your phone.',
    'Stay informed with The Harbour Courier – your source for trusted journalism. Get in-depth reporting and analysis for only N$90 a month. Invest in journalism – Subscribe Now!',
    'Enjoy unlimited access to the Riverton Gazette for just $4.99 per month. Subscribe today.',
  ],
  [
    'By providing an email address, residents can get alerts when the river rises.',
    "Don't miss out on the fireworks: the council moved them to Saturday.",
    'Subscribe to the app to get a discount, the company told drivers.',
    'O canal do Panamá recebeu 30 navios no domingo.',
    'Únete al canal de la bahía, dijo el guía a los turistas.',
    '📲 The ministry sent the alert to every phone in the district.',
    'Contact us at the harbour office, the sign on the gate says.',
    'You can read the e-paper archive at the library, the council said.',
    'Residents pay about N$90 a month for water, and many say they cannot subscribe to the new scheme.',
    'The streaming service will cost $4.99 per month, and customers can subscribe from Friday.',
  ],
);

// A tester's ABC News (Australia) page: the sign-up box's note on the reader's data had been the last paragraph.
describeLineTest(
  "isReadingPrompt: a sign-up box's note on what becomes of the reader's data",
  isReadingPrompt,
  [
    'Your information is being handled in accordance with the ABC Privacy Collection Statement.',
    'Your personal data will be processed in line with our Privacy Notice.',
    'Your details are used in accordance with the Riverton Courier privacy policy.',
  ],
  [
    'Your information is being handled by three agencies, the minister said.',
    "The patients' data was processed in accordance with the hospital's privacy rules, the inquiry found.",
  ],
);

// A tester's UOL page: the site's offer of its news alerts under every story had been the last paragraph.
describeLineTest(
  "isReadingPrompt: a Brazilian site's offer of its news, the whole line",
  isReadingPrompt,
  ['Receba notícias do UOL. É grátis!', 'Receba as notícias do Diário Serrano', 'Assine notícias da Folha do Vale.'],
  ['Receba notícias do UOL sobre a greve e veja o que muda para quem usa o metrô nesta semana, disse o sindicato.', 'Recebeu notícias do filho só na sexta-feira.', 'O prefeito disse que as famílias receberam notícias da prefeitura.'],
);

describeLineTest(
  "isReadingPrompt: Polish sites' thanks and pointer under the story",
  isReadingPrompt,
  [
    'Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.',
    'Obserwuj nas w Wiadomościach Google',
    'Więcej podobnych treści znajdziesz na stronie głównej Portal.pl.',
  ],
  [
    'Dziękujemy wszystkim, którzy przeczytali raport i przysłali uwagi, napisał burmistrz.',
    'Więcej treści o historii miasta znajdziesz w bibliotece, mówi dyrektorka.',
  ],
);

describeLineTest(
  "isReadingPrompt: a newsletter's longer lead-up to its sign-up, a read-aloud player's note, Onet's ad prompt",
  isReadingPrompt,
  [
    'The Harbour Brief newsletter is our pick of the stories, analysis and ideas you need to start the working day well. Sign up here.',
    'Sign up here.',
    'Listening to articles is free for open-access content—explore other articles or learn more about text-to-speech.',
    'Dalsza część artykułu pod materiałem wideo',
  ],
  [
    'The harbour board said its annual report, due in March, would set out the costs of the new quay in full. Sign up here.',
    'Listening to residents is the first step, the mayor said.',
    'Dalsza część remontu ruszy wiosną.',
  ],
);

describeLineTest(
  "isReadingPrompt: a channel's follow prompt, a prompt in brackets, an app's read-aloud plug, a wire's note to subscribers",
  isReadingPrompt,
  [
    '(You can now subscribe to our HarbourMarkets WhatsApp channel)',
    '(Catch all the Business News, Breaking News, Events and Latest News Updates on The Harbour Times.)',
    'Stay informed with the latest news. Follow HT on WhatsApp Channels.',
    'Listen to more stories on the Kestrel app.',
    'Harbour News Agency website contains only a portion of the news stories offered to subscribers in the HNA Wire Service, and in summarized form. Please contact us for subscription options.',
  ],
  [
    '(The council later said it would subscribe to the service.)',
    'You can now subscribe to the council minutes by post, the clerk said.',
    'Listen to more stories from the valley, the storyteller told the children.',
    "The museum's website contains only a portion of the archive, its director said.",
    'The website contains only a portion of the news its subscribers pay for, the regulator found in its report on the agency.',
  ],
);

describeLineTest(
  "isReadingPrompt: a magazine's plug for its sister title, a question leading up to it",
  isReadingPrompt,
  [
    'Need more stars? Subscribe to our sister title "Harbour Skies" Magazine for the latest news from the observatory!',
    'Want more maths? Get a subscription to our sister publication, Counting Weekly, for new puzzles every month.',
    'Subscribe to our sister magazine for more recipes.',
  ],
  [
    'The twins subscribe to our sister paper, the clerk said.',
    'Need more help? Her sister title holder said she would train with her.',
  ],
);

describeLineTest(
  "isReadingPrompt: a read-aloud player's label in other languages, alone or with its duration",
  isReadingPrompt,
  [
    'Escuchar este artículo',
    'Escucha esta noticia · 3 min',
    'Ouvir este artigo',
    "Écouter l'article",
    'Artikel anhören (04:12)',
    "Ascolta l'articolo",
    'Posłuchaj artykułu',
    'Слушать статью',
    'Bu haberi dinle',
    'Nghe bài viết',
  ],
  [
    'Escuchar este artículo en la radio fue una sorpresa, dijo la alcaldesa.',
    'Escuchar a los vecinos es lo primero.',
    'Ouvir este artigo em voz alta ajudou os alunos, disse a professora.',
    'Nghe bài hát',
    'Слушать статью вслух детям советуют педагоги.',
  ],
);

describeLineTest(
  "isReadingPrompt: a South Slavic site's follow prompt",
  isReadingPrompt,
  ['Pratite nas i na Viberu', 'Zapratite nas na Instagramu', 'Sledite nam tudi na Facebooku'],
  ['Pratite nas i na izborima, poručio je kandidat.', 'Pratite nas na putu kroz Boku, rekao je vodič.'],
);

describeLineTest(
  "isSubscriberLogin: a paywall box's prompt to those who have subscribed",
  isSubscriberLogin,
  ['Already a subscriber? Sign in here', 'Already have an account? Log in', 'Already registered? Log in'],
  ['Already a subscriber, she said, she would not renew.', 'Subscribers can sign in here.'],
);

describeLineTest(
  "isReadingPrompt: a regional site's log-in and register prompts under the article",
  isReadingPrompt,
  [
    'Log in to access premium stories and tools on our site.',
    'Sign in to read subscriber stories and newsletters.',
    'Register For a HARBOUR Account - FREE!',
    "Want online access to the valley's leading source for local news and weather? Click here to register today for free.",
  ],
  [
    'Log in to access the clinic’s records, the inspectors were told, was all the nurse had been asked to do.',
    'Register for a tax account before the end of the month, the revenue office said.',
    'Want online access to court records? The county plans a portal next year, the clerk said.',
  ],
);

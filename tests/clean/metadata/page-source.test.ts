// The page's source when no line of the article names it (src/clean/page-source.ts): what the header's agency or masthead,
// a copyright notice and the page's other removed lines name.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.js';
import { article, contextFor } from '../context.js';

const sourceOf = (text: string): string | null => cleanArticle(article(text), contextFor([text])).metadata.source;

describe("the outlet a copyright notice under the article names", () => {
  const story = (top: string, footer: string): string =>
    [
      top, 'Home', 'News', 'Sport', 'Opinion', '',
      'County approves new bridge over the Mill River', 'By Dana Whitfield', 'December 4, 2026', '',
      'The county board voted 5-2 on Thursday to build a new bridge over the Mill River, replacing a span that has been closed to trucks since 2019.',
      '', 'The $14 million project will be paid for mostly with state and federal grants, the county engineer said.',
      '', 'Construction is expected to begin next spring and take about 18 months, during which a temporary crossing will carry traffic.',
      '', 'Residents who spoke at the meeting said the closure had added 20 minutes to trips into town.',
      '', 'About Us', 'Contact', 'Privacy Policy', footer,
    ].join('\n');
  const source = (top: string, footer: string): string | null => cleanArticle(article(story(top, footer)), contextFor([story(top, footer)])).metadata.source;

  it('is the source when no line of the page gave one', () => {
    // The story had no source: the notice was removed, its outlet unread.
    expect(source('Menu', '© 2026 The Valley Tribune. All rights reserved.')).toBe('The Valley Tribune');
    expect(source('Menu', 'Copyright © 2026 Valley Herald')).toBe('Valley Herald');
    // Papers named by a ledger, a spectator, a citizen (outlets.ts OUTLET_WORDS): they had named no source.
    expect(source('Menu', '© 2026 Riverbend Ledger. All rights reserved.')).toBe('Riverbend Ledger');
    expect(source('Menu', 'Copyright © 2026 The Harbour Spectator')).toBe('The Harbour Spectator');
    // The group the paper belongs to, after a comma, is left out: the notice had named no outlet.
    expect(source('Menu', '© 2026 The Valley Tribune, a Harbor Media company')).toBe('The Valley Tribune');
    expect(source('Menu', '© 2026 Valley Herald, part of Coastline Newspapers. All rights reserved.')).toBe('Valley Herald');
    // An agency's notice under its copy is the agency's one name (agencySourceName).
    expect(source('Menu', '© 2026 Associated Press. All Rights Reserved.')).toBe('The Associated Press');
  });

  it('is read before its year, before the links after a bar, and from a paper\'s company', () => {
    // The notices of 20 bench pages so written had named no source.
    expect(source('Menu', '© Reuters 2026 All rights reserved')).toBe('Reuters');
    expect(source('Menu', 'Copyright © Valley Herald 2026')).toBe('Valley Herald');
    expect(source('Menu', 'Copyright © 2026, Valley Herald | Terms of Service | Privacy Policy')).toBe('Valley Herald');
    expect(source('Menu', '© 2026 The Valley Times Company')).toBe('The Valley Times');
    // An agency's notice with its terms after it, maybe in brackets, under its copy.
    expect(source('Menu', 'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.')).toBe('The Associated Press');
    expect(source('Menu', '(© 2026 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.)')).toBe('The Associated Press');
    expect(source('Menu', '© Reuters 2026. All rights reserved. Reuters content may not be republished or passed on.')).toBe('Reuters');
    // A dash after the year, the holder's legal form and its group after it: a station's notice.
    expect(source('Menu', 'Copyright 2026 - KWXR-TV, LLC A Harbor Broadcasting Company')).toBe('KWXR-TV');
    // A sentence after the holder: the holder is the outlet before it, not cut at an abbreviation's full stop.
    expect(source('Menu', 'Copyright © 2026 CBC. The CBC is not responsible for the content of external sites.')).toBe('CBC');
    expect(source('Menu', 'Copyright © 2026 St. Louis Post-Dispatch. Read about our approach to external linking.')).toBe('St. Louis Post-Dispatch');
    expect(source('Menu', 'Copyright 2026 Harbour Business Media. View our Privacy Policy.')).toBeNull();
    expect(source('Menu', '(Copyright 2026 by The Associated Press. All Rights Reserved.)')).toBe('The Associated Press');
    // An online paper's name, and a paper's company without a year, "Shimbun" a paper's word.
    expect(source('Menu', 'Copyright © 2026 Khaosod Online All rights reserved.')).toBe('Khaosod Online');
    expect(source('Menu', 'Copyright © The Hokkaido Shimbun Company. All rights reserved. No reproduction without written permission.')).toBe('The Hokkaido Shimbun');
    expect(source('Menu', '© The Harbour Toy Company')).toBeNull();
    // A notice longer than a holder's runs on with its terms: its first sentence names the holder.
    expect(source('Menu', 'Copyright © 2026, The Valley Herald. Republication or reuse of anything on these pages is strictly forbidden without the written consent of The Valley Herald.')).toBe('The Valley Herald');
    // An outlet's legal form, and the group after it; not a publisher's company.
    expect(source('Menu', '© 2026 Harbour.com, LLC. All rights reserved.')).toBe('Harbour.com');
    expect(source('Menu', '© 2026 Harbour Media, Inc. All rights reserved.')).toBeNull();
    // Australia's and New Zealand's agencies' notices.
    expect(source('Menu', '© AAP 2026')).toBe('AAP');
    expect(source('Menu', '© NZPA 2026')).toBe('NZPA');
    // A year is still needed, and a company that is no paper's names none.
    expect(source('Menu', '© Valley Herald')).toBeNull();
    expect(source('Menu', '© 2026 Valley Holdings Company')).toBeNull();
  });

  it("is the page's masthead when the publisher's name opens with it", () => {
    // An AMP page's masthead over its menu, its publisher in the notice: the paper is the source.
    expect(source('Midland Courier', '© 2026 Midland Courier Media. All rights reserved.')).toBe('Midland Courier');
  });

  it('is the site whose name opens the page, whatever its shape', () => {
    // Non-English sites' names have no outlet's word ("DER SPIEGEL", "Le Monde", "NOS"): the notice naming the masthead
    // over the menu was removed, and the story had no source.
    expect(source('DER RUNDBLICK', '© DER RUNDBLICK 2026')).toBe('DER RUNDBLICK');
    expect(source('Le Quotidien', '© Le Quotidien 2026')).toBe('Le Quotidien');
    expect(source('nordbote', 'Nordbote © 2026')).toBe('nordbote');
    expect(source('Folha da Serra', 'Copyright Folha da Serra. Todos os direitos reservados.')).toBe('Folha da Serra');
    expect(source('CORREIO', '© 2026 CORREIO Comunicação Social SA')).toBe('CORREIO');
    // One of the holders a notice joins with a slash, or the masthead among the words of its publisher's company.
    expect(source('rundfunk.de', '© Rundfunk-aktuell / rundfunk.de')).toBe('rundfunk.de');
    expect(source('EL DIARIO', '© EDICIONES EL DIARIO S.L.')).toBe('EL DIARIO');
    expect(source('Gazzetta del Lago', 'Copyright 2026 © Edizioni Gazzetta del Lago S.p.A. Tutti i diritti sono riservati')).toBe('Gazzetta del Lago');
    // A holder opening with "MM", no Roman year: its "MM" had been cut as one, and the notice named no site.
    expect(source('MM Medien', '© MM Medien GmbH')).toBe('MM Medien');
    // A Greek company's legal form, the paper's article before its name: "Α.Ε." was no legal form.
    expect(source('ΠΡΩΙΝΗ', '© 2026 Η ΠΡΩΙΝΗ Α.Ε.')).toBe('ΠΡΩΙΝΗ');
    // Polish, Czech and Slovak companies' legal forms, dotted and spaced ("Sp. z o.o.", "s.r.o.", "a.s."), left out of the holder's
    // name, not cut at their first dot.
    expect(source('Gazeta Jeziorna', '© 2026 Wydawnictwo Gazeta Jeziorna Sp. z o.o.')).toBe('Gazeta Jeziorna');
    expect(source('Denik Brezina', '© 2026 Denik Brezina s.r.o.')).toBe('Denik Brezina');
    // A press's name holding the notice, its form left out as "Ltd." is.
    expect(source('Menu', '© 2026 Harbour Press Sp. z o.o.')).toBe('Harbour Press');
    expect(source('Menu', '© 2026 Harbour Press, a.s.')).toBe('Harbour Press');
    // A notice naming another holder, or a longer name the masthead's opens, names no site.
    expect(source('Le Quotidien', '© Groupe Horizon 2026')).toBeNull();
    expect(source('NOS', '© NOSTRA Verlag 2026')).toBeNull();
    // A company naming no masthead over the menu names no site: the page's first line is as often a menu's or a button's.
    expect(source('Quick Search', '© 2026 Harbor Media Group Ltd.')).toBeNull();
    expect(source('EL DIARIO', '© EDICIONES DIARIOS S.L.')).toBeNull();
    // A menu's word over the page names no site.
    expect(source('News', 'Copyright 2026 News Holdings Limited')).toBeNull();
  });

  it("is the site whose name opens the page when the notice holds its publisher's company and another line names the site", () => {
    // Corriere della Sera's notice names RCS Mediagroup alone; its newsletter's prompt names the paper: the story had no source.
    const company = 'Copyright 2026 © Edizioni Nord S.p.A. Tutti i diritti sono riservati';
    expect(source('GAZZETTA DEL LAGO', `Iscriviti alle newsletter di Gazzetta del Lago\n${company}`)).toBe('GAZZETTA DEL LAGO');
    // No other line naming the site, the name inside a longer word, or no company in the notice: no source.
    expect(source('GAZZETTA DEL LAGO', company)).toBeNull();
    expect(source('GAZZETTA DEL LAGO', `Iscriviti alle newsletter di Gazzetta del Lagone\n${company}`)).toBeNull();
    expect(source('GAZZETTA DEL LAGO', 'Iscriviti alle newsletter di Gazzetta del Lago\n© 2026. Tutti i diritti sono riservati')).toBeNull();
    // A company sharing a word with the first line that it does not name: the line is a button, not the masthead.
    expect(source('Support Lagoon', 'Support Lagoon and make a difference for readers.\n© 2026 by Lagoon Media Group Inc.')).toBeNull();
  });

  it("is the site whose name opens the page and the footer alone, over a Malaysian company's notice", () => {
    // Berita Harian's footer sets its name over "… © 2026 The New Straits Times Press (M) Berhad": the story had no source.
    const company = 'Hak Cipta Terpelihara © 2026 The Lagoon Press (M) Berhad';
    expect(source('Harian Lembah', `Harian Lembah\n${company}`)).toBe('Harian Lembah');
    expect(source('Harian Lembah', `Harian Lembah\n© 2026 Lagoon Media Sdn Bhd`)).toBe('Harian Lembah');
    // The name repeated alone before the article is a menu's item, not the footer's logo.
    expect(source('Harian Lembah\nHarian Lembah', company)).toBeNull();
  });

  it("is the outlet's name over the page when the notice holds a publisher's company, with no other line naming it", () => {
    // The Yorkshire Evening Post over its group's notice: nothing else tied the masthead, and the story had no source.
    expect(source('Harbour Evening Post', 'Northern World\n© 2026 Northern World Publishing Ltd. All rights reserved.')).toBe('Harbour Evening Post');
    // A comma after the year, and the year in Roman numerals, as CBS writes it.
    expect(source('Harbour Evening Post', '©2026, Harbour Interactive Inc. All Rights Reserved.')).toBe('Harbour Evening Post');
    expect(source('Harbour Evening Post', '©MMXXVI, Harbour Interactive Inc. All Rights Reserved.')).toBe('Harbour Evening Post');
    // A company named as an outlet is another paper's; an outlet's word alone after "The" may be a menu's.
    expect(source('The Harbour Post', '© 2026 Valley Herald Media Ltd. All rights reserved.')).toBeNull();
    // A company is named as an outlet by more than its "Media" (the Straits Times-like masthead had had no source).
    expect(source('The Harbour Times', 'Harbour Press Holdings Co. Regn. No. 202612345K. Copyright © 2026 HPH Media Limited. All rights reserved.')).toBe('The Harbour Times');
    expect(source('The Harbour Post', '© 2026 Nordwave Media Ltd. All rights reserved.')).toBe('The Harbour Post');
    // No company in the notice, or a menu's one word for an outlet ("Register", as a login link), names no site.
    expect(source('Harbour Evening Post', '© 2026. All rights reserved.')).toBeNull();
    expect(source('Register', '© 2026 Northern World Publishing Ltd. All rights reserved.')).toBeNull();
    // A masthead set with its article in lower case ("la Repubblica" over "GEDI … S.p.A. - P.IVA …") is an outlet's name.
    expect(source('la Lanterna', 'Edizioni Nord S.p.A. - P.IVA 01234567890')).toBe('la Lanterna');
    expect(source('de Lantaarn', '© 2026 Noord Uitgevers B.V.')).toBe('de Lantaarn');
    // So is a masthead opening with its word for a daily paper, in Hindi (Dainik Bhaskar's over "DB Corp ltd." had had no source).
    expect(source('दैनिक बंदर', 'Copyright © 2026-27 DH Corp ltd., All Rights Reserved')).toBe('दैनिक बंदर');
    expect(source('दैनिक बंदर', 'Copyright © 2026 Harbour Herald Media Ltd.')).toBeNull();
    expect(source('बंदर समाचार', 'Copyright © 2026-27 DH Corp ltd., All Rights Reserved')).toBeNull();
    expect(source('la Lanterna', 'Tutti i diritti riservati')).toBeNull();
    expect(source('La Lanterna', 'Edizioni Nord S.p.A. - P.IVA 01234567890')).toBeNull();
    // A broadcaster's service for its country, in that country's language, over the broadcaster's company (RTL's Luxembourg site).
    expect(source('RTL Lëtzebuerg', '© Nordfunk-Ost S.A. 2026')).toBe('RTL Lëtzebuerg');
    // A public broadcaster's radio station under its notice: the station's page had had no source.
    expect(source('Lagoon Wave FM', '© 2026 SABC. All rights reserved.')).toBe('SABC');
    expect(source('BBC Alba', '© 2026 Nordfunk Broadcasting Ltd.')).toBe('BBC Alba');
    expect(source('Harbour Lëtzebuerg', '© Nordfunk-Ost S.A. 2026')).toBeNull();
  });

  it("is the masthead whose name without its \"The\" opens the publisher's company, or follows the notice's \"by\"", () => {
    // The Guardian's, a US paper's and The Atlantic's notices: the stories had no source.
    expect(source('The Harbour Herald', '© 2026 Harbour Herald News & Media Limited or its affiliates. All rights reserved.')).toBe('The Harbour Herald');
    expect(source('The Valley Ledger', '©2026 Valley Ledger Media Partners, LLC')).toBe('The Valley Ledger');
    expect(source('The Quarterly', 'Copyright © 2026 by The Quarterly Monthly Group. All Rights Reserved.')).toBe('The Quarterly');
    // The name must open the company's: a word of it elsewhere is another's ("The Herald" / "Harbour Herald Media Ltd").
    expect(source('The Herald', '© 2026 Harbour Herald Media Ltd')).toBeNull();
    expect(source('The News', 'Copyright 2026 News Holdings Limited')).toBeNull();
  });

  it("is the masthead whose initials open the publisher's company, maybe with its group's letter", () => {
    // The Hindu's notice names THG Publishing in capitals; Hindustan Times' HT Media: the stories had no source.
    expect(source('THE HARBOUR', '© THG PUBLISHING PVT LTD.')).toBe('THE HARBOUR');
    expect(source('Valley Lantern', '© 2026 VL Media Limited. All rights reserved.')).toBe('Valley Lantern');
    // Other initials, another letter after them, or a one-word masthead name no site (a masthead no outlet's name: over any company's
    // notice an outlet's is the site, as below).
    expect(source('THE HARBOUR', '© THX PUBLISHING PVT LTD.')).toBeNull();
    expect(source('Valley Lantern', '© 2026 VLT Media Limited.')).toBeNull();
    expect(source('Ledger', '© 2026 L Media Limited.')).toBeNull();
  });

  it('is the masthead whose name the notice holds without its word for a paper', () => {
    // Punch's masthead and notice: the story had no source.
    expect(source('Lagoon Newspapers', 'Copyright LAGOON.')).toBe('Lagoon Newspapers');
    expect(source('Lagoon News', '© 2026 Lagoon. All rights reserved.')).toBe('Lagoon News');
    // Another word after the name, or a page's word held, names no site.
    expect(source('Lagoon Festival', 'Copyright LAGOON.')).toBeNull();
    expect(source('Home News', 'Copyright Home.')).toBeNull();
  });

  it("gives way to a newsletter's thanks naming the publication", () => {
    // A Substack post: its masthead is no outlet's name, its notice the writer's, and the post had no source.
    expect(source('The Quiet Harbour', 'Thanks for reading The Quiet Harbour! Subscribe for free to receive new posts and support my work.\n© 2026 Jane Doe')).toBe('The Quiet Harbour');
    expect(source('Menu', 'Thank you for reading harbournotes.com.')).toBe('harbournotes.com');
    // Thanks for reading the post itself name no publication.
    expect(source('Menu', 'Thanks for reading this post! Share it with a friend.')).toBeNull();
    expect(source('Menu', 'Thanks for reading! Subscribe for free.')).toBeNull();
  });

  it("is the site whose name opens the page when a footer's link is about it", () => {
    // SVT's "Om SVT Nyheter" and "Kontakta SVT Nyheter" under no notice: the story had no source.
    expect(source('Kanal Nyheter', 'Om Kanal Nyheter\nKontakta Kanal Nyheter')).toBe('Kanal Nyheter');
    expect(source('Harbour Notes', 'About Harbour Notes')).toBe('Harbour Notes');
    // A link about another name, or a menu's word over the page, names no site.
    expect(source('Kanal Nyheter', 'Om Kanal Play')).toBeNull();
    expect(source('News', 'About News')).toBeNull();
  });

  it("gives way to the outlet whose postal address closes a newsletter's page", () => {
    // A newsletter's web version signs with its sender's address: the story had no source.
    expect(source('Menu', 'Riverbend Ledger, 212 Mill Street, Riverbend, OR 97301')).toBe('Riverbend Ledger');
    expect(source('Menu', 'The Harbour Courier, 5 Quay Road, Harbourton HT4 2QX')).toBe('The Harbour Courier');
    // A company's or a person's address names no outlet.
    expect(source('Menu', 'Acme Holdings, 212 Mill Street, Riverbend, OR 97301')).toBeNull();
    expect(source('Menu', 'Jane Doe, 212 Mill Street, Riverbend, OR 97301')).toBeNull();
  });

  it("is the outlet's name under a cookie banner when a company's registration closes the page", () => {
    // A British paper's page: the banner over its masthead, its publisher's registration instead of a notice; the story had no source.
    const banner = 'We value your privacy\nWe and our 312 partners store and/or access information on a device, such as cookies and process personal data for personalised advertising.\nYou can change your preferences at any time.\nMORE OPTIONS\nAGREE';
    const registration = 'Harbour Group Ltd, Mill Lane, Harbourton HT4 2QX | 01234567 | Registered in England and Wales';
    expect(source(`${banner}\nThe Harbour Echo`, registration)).toBe('The Harbour Echo');
    // The long s reads as an s in the registration's words as in its pattern (site-notice.ts REGISTRATION_WORD).
    expect(source(`${banner}\nThe Harbour Echo`, registration.replace('Registered', 'Regiſtered'))).toBe('The Harbour Echo');
    // An Italian publisher's line with its VAT number ("GEDI … S.p.A. - P.IVA …", la Repubblica's) registers it as well.
    expect(source('Gazzetta del Lago', 'Edizioni Nord S.p.A. - P.IVA 01234567890 - Società soggetta a direzione e coordinamento di Nord Gruppo S.p.A.')).toBe('Gazzetta del Lago');
    expect(source('Gazzetta del Lago', 'Edizioni Nord S.p.A. - Partita IVA 01234567890')).toBe('Gazzetta del Lago');
    // With no registration line, or under a menu's line that is no banner's, the name over the page names no source.
    expect(source(`${banner}\nThe Harbour Echo`, 'Terms')).toBeNull();
    expect(source('Quick Search\nThe Harbour Echo', registration)).toBeNull();
    // A banner under the masthead and menu is no page's top: its button is no site's name, and the masthead is still asked.
    expect(source('harbourecho\nMenu\nWe use cookies to improve your experience.\nAgree', 'harbourecho © 2026')).toBe('harbourecho');
  });

  it('is read after "copyright" in Arabic, Indonesian and Malay', () => {
    // Asharq Al-Awsat's notice opens "حقوق النشر ©": the holder, the masthead over the menu, was unread, and the story had no source.
    expect(source('صحيفة الوادي', 'حقوق النشر © 2026 صحيفة الوادي. جميع الحقوق محفوظة')).toBe('صحيفة الوادي');
    expect(source('صحيفة الوادي', 'حقوق الطبع والنشر © 2026 صحيفة الوادي')).toBe('صحيفة الوادي');
    expect(source('Menu', 'Hak Cipta © 2026 Lembah.com')).toBe('Lembah.com');
    // Another holder names no site.
    expect(source('صحيفة الوادي', 'حقوق النشر © 2026 مجموعة النهر للإعلام')).toBeNull();
  });

  it("is read after Bengali and Malay words for copyright, its year in the page's own digits", () => {
    // Prothom Alo's "স্বত্ব © ২০২৬ প্রথম আলো": neither the word nor the Bengali year was read as the notice's opening.
    expect(source('নদীর আলো', 'স্বত্ব © ২০২৬ নদীর আলো')).toBe('নদীর আলো');
    expect(source('নদীর আলো', '© ২০২৬ নদীর আলো')).toBe('নদীর আলো');
    // Berita Harian's "Hak Cipta Terpelihara © 2026 …" ("copyright reserved").
    expect(source('Menu', 'Hak Cipta Terpelihara © 2026 Lembah.com')).toBe('Lembah.com');
    expect(source('নদীর আলো', 'স্বত্ব © ২০২৬ সাগর মিডিয়া')).toBeNull();
  });

  it("is the masthead a Persian notice says the site's rights belong to, or an Urdu notice holds", () => {
    // Hamshahri Online's "تمامی حقوق این سایت متعلق به همشهری آنلاین است." has no ©: the story had no source.
    expect(source('رود آنلاین', 'تمامی حقوق این سایت متعلق به رود آنلاین است.')).toBe('رود آنلاین');
    expect(source('رود آنلاین', 'کلیه حقوق مادی و معنوی متعلق به رود آنلاین می‌باشد')).toBe('رود آنلاین');
    expect(source('روزنامہ دریا', 'جملہ حقوق © 2026 روزنامہ دریا')).toBe('روزنامہ دریا');
    // Rights to something else are no notice's.
    expect(source('رود آنلاین', 'تمامی حقوق این زمین متعلق به رود آنلاین است.')).toBeNull();
  });

  it("is the site's address over the page when a notice closes it, whoever the notice holds", () => {
    // iDNES.cz over "Copyright © 1999–2026 MAFRA, a.s.": one word, a company no pattern read; the story had no source.
    expect(source('Pristav.cz', 'Copyright © 1999–2026 PRISTAV, a.s.')).toBe('Pristav.cz');
    expect(source('Pristav.cz', 'Terms')).toBeNull();
    // A Portuguese or Brazilian company's legal form ("Lda.", "Ltda."), the publisher's company alone on its line: DNOTICIAS.PT's
    // "Empresa Diário de Notícias, Lda." was no company, and the story had no source.
    expect(source('PORTOSUL.PT', 'Empresa Jornal do Porto Sul, Lda.')).toBe('PORTOSUL.PT');
    expect(source('serranews.com.br', 'Editora Serra Nova Ltda.')).toBe('serranews.com.br');
    expect(source('PORTOSUL.PT', 'Empresa Jornal do Porto Sul')).toBeNull();
  });

  it("is the site's name over the page when a box of its other stories names it", () => {
    // Medium's "Recommended from Medium" under the post, no notice on the page: the story had had no source.
    expect(source('Quillpad', 'Recommended from Quillpad')).toBe('Quillpad');
    expect(source('Quillpad', 'More from Quillpad')).toBe('Quillpad');
    expect(source('Quillpad', 'More from Dana Whitfield')).toBeNull();
  });

  it("is the site's name over the page when its publisher's company, named for it, closes the page", () => {
    // Mwananchi's "Mwananchi Communications Ltd" over a notice holding no name: the story had had no source.
    expect(source('Kivuko', 'Kivuko Communications Ltd\n© 2026 Haki zote zimehifadhiwa')).toBe('Kivuko');
    expect(source('Kivuko', 'Kivuko Ltd')).toBe('Kivuko');
    expect(source('Kivuko', 'Kivuko bridge repairs begin in spring')).toBeNull();
  });

  it('is the holder after a dash opening the notice, its year after it', () => {
    // Dinamani's "Copyright - dinamani.com 2026. All rights reserved.": the dash was read into the holder, and the story had no source.
    expect(source('Menu', 'Copyright - Lembah.com 2026. All rights reserved.')).toBe('Lembah.com');
    expect(source('Menu', '© – The Valley Tribune 2026')).toBe('The Valley Tribune');
  });

  it("is the masthead under a menu's word over the page when the notice holds it", () => {
    // TIME sets "Menu" over its name: the notice held the name, but the first line was asked, and the story had no source.
    expect(source('Menu\nHARBOUR', '© 2026 HARBOUR USA, LLC. All Rights Reserved.')).toBe('HARBOUR');
    expect(source('Menu\nSubscribe\nThe Valley Ledger', '©2026 Valley Ledger Media Partners, LLC')).toBe('The Valley Ledger');
    // Under the day's date, as papers set it over their name (the Brandon Sun's).
    expect(source('Sunday, December 6th, 2026\nValley Sun', '© Copyright 2026 Valley Sun All Rights Reserved.')).toBe('Valley Sun');
    // Under a line that is no menu's word, the masthead is the menu's item, not the site's name.
    expect(source('Quick Search\nHARBOUR', '© 2026 HARBOUR USA, LLC. All Rights Reserved.')).toBeNull();
  });

  it('gives way to the outlet a date line says published the story', () => {
    // An obituary a paper runs on Legacy.com: the host's notice had been the source, not the paper.
    const hosted = '© 2026 Legacy.com. All rights reserved.';
    expect(source('Menu', `Published by The Harbour Sentinel on Dec. 3, 2026.\n${hosted}`)).toBe('The Harbour Sentinel');
    expect(source('Menu', `Published by The Harbour Sentinel from Dec. 3 to Dec. 5, 2026.\n${hosted}`)).toBe('The Harbour Sentinel');
    // A person posting, or a publisher that is no outlet, names none.
    expect(source('Menu', `Posted by Jane Doe on Dec. 3, 2026.\n${hosted}`)).toBe('Legacy.com');
    expect(source('Menu', `Published by Harbour Funeral Home on Dec. 3, 2026.\n${hosted}`)).toBe('Legacy.com');
  });

  it('is the news agency a date line names after its last comma', () => {
    // An Indian business paper signs a wire story under its date: the story had had no source.
    const wire = (dateLine: string): string =>
      [
        'Menu', 'Markets', 'News', '', 'Harbour port operator raises stake in coastal shipping firm', dateLine, '',
        'The port operator said on Tuesday it would raise its stake in the coastal shipping firm to 51 per cent, subject to approvals.',
        '', 'The deal values the shipping firm at about Rs 2,400 crore, the company said in a filing to the exchanges.',
        '', 'Shares of the port operator rose 3 per cent in afternoon trade after the announcement was made.', '', 'About Us', 'Contact',
      ].join('\n');
    expect(sourceOf(wire('3 Dec, 2026, 1130 hrs IST, PTI'))).toBe('PTI');
    // A name after the date that is no agency's names none.
    expect(sourceOf(wire('3 Dec, 2026, 1130 hrs IST, Harbour Desk'))).toBeNull();
  });

  it("is the paper a print page's folio names, over the address a line under the story gives", () => {
    // An e-paper's print text: the folio had been read as the date line alone, and the source was the "Read more at" address.
    const readMore = 'Read more at harbourchronicle.co.uk';
    expect(source('THE HARBOUR CHRONICLE SATURDAY, DECEMBER 5, 2026 7', readMore)).toBe('THE HARBOUR CHRONICLE');
    expect(source('8 THE HARBOUR CHRONICLE SATURDAY, DECEMBER 5, 2026', readMore)).toBe('THE HARBOUR CHRONICLE');
    // A section's folio names no paper.
    expect(source('HARBOUR LIFE SATURDAY, DECEMBER 5, 2026 7', readMore)).toBe('harbourchronicle.co.uk');
  });

  it('is the site whose name opens the page when a line under the article says what owns it', () => {
    // Food & Wine's footer under no copyright notice: the story had no source.
    expect(source('Harbour & Table', 'Harbour & Table is part of the Northwind Media publishing family.')).toBe('Harbour & Table');
    expect(source('Harbour & Table', 'Harbour & Table is a registered trademark of Northwind Media, Inc.')).toBe('Harbour & Table');
    expect(source('Harbour & Table', 'Harbour & Table is published by Northwind Media.')).toBe('Harbour & Table');
    // Another name first, a longer one, or another verb names no site.
    expect(source('Harbour & Table', 'Northwind Kitchen is part of the Northwind Media publishing family.')).toBeNull();
    expect(source('Harbour & Table', 'Harbour & Tables is part of the Northwind Media publishing family.')).toBeNull();
    expect(source('Harbour & Table', 'Harbour & Table is proud to support local farms.')).toBeNull();
  });

  it("gives way to a feed's footer or a link to the whole story, wherever they stand under the article", () => {
    // The kinds' order decides, not the lines': a feed's footer, then a link to the whole story, then the notice.
    expect(source('Menu', '© 2026 The Valley Tribune. All rights reserved.\nRead the full story on Valley Herald')).toBe('Valley Herald');
    const feedFooter = 'The post County approves new bridge over the Mill River appeared first on Mill River Ledger.';
    expect(source('Menu', `Read the full story on Valley Herald\n© 2026 The Valley Tribune. All rights reserved.\n${feedFooter}`)).toBe('Mill River Ledger');
  });

  it("is the outlet's name over the page, one word too, when the notice holds it as its owner's subsidiary", () => {
    // A Reach paper's notice names no holder but its owner ("© 2026 a Reach plc subsidiary"): the story had no source.
    expect(source('Beacon', '© 2026 a Northwind plc subsidiary')).toBe('Beacon');
    expect(source('Harbour Evening Echo', '© 2026 a Northwind plc subsidiary')).toBe('Harbour Evening Echo');
    expect(source('Beacon', 'Copyright 2026, a Northwind Media company. All rights reserved.')).toBe('Beacon');
    // A first line that is no outlet's name (a menu's, a button's), or a notice naming its holder, names no site.
    expect(source('Quick Search', '© 2026 a Northwind plc subsidiary')).toBeNull();
    expect(source('Beacon', '© 2026 Northwind plc')).toBeNull();
  });

  it('is the site whose name opens the page when a line under the article invites the reader to follow it', () => {
    // The Mirror's "Follow Mirror:" and ynet's "הצטרפו לערוץ הטלגרם של ynet" (join ynet's Telegram channel): no source.
    expect(source('Lantern', 'Follow Lantern:\nFacebook\nX')).toBe('Lantern');
    expect(source('harbournet', 'Follow harbournet on Instagram')).toBe('harbournet');
    expect(source('harbournet', 'הצטרפו לערוץ הטלגרם של harbournet')).toBe('harbournet');
    // In other languages, the name maybe after an article: Estadão's "Siga o Estadão no Google Discover".
    expect(source('Lanterna', 'Siga o Lanterna no Google Discover')).toBe('Lanterna');
    expect(source('Lanterna', 'Sigue a Lanterna en Instagram')).toBe('Lanterna');
    expect(source('Lanterna', 'Suivez Lanterna sur Facebook')).toBe('Lanterna');
    expect(source('Lanterna', 'Siga a gente no Instagram')).toBeNull();
    // Following another name, a topic's button ("Follow" and the name alone), or a menu's word over the page, names no site.
    expect(source('Lantern', 'Follow Lanterns:')).toBeNull();
    expect(source('Lantern', 'Follow Jane Doe on X')).toBeNull();
    expect(source('Football', 'Follow Football')).toBeNull();
    expect(source('News', 'Follow News:')).toBeNull();
  });

  it('reads the holder after a range of years whose end has two digits', () => {
    // Indian sites write the financial year ("Copyright © 2026-27 DB Corp ltd."): the holder was read as "-27 …", and named nothing.
    expect(source('Menu', 'Copyright © 2025-26 The Valley Tribune. All rights reserved.')).toBe('The Valley Tribune');
    expect(source('Menu', '© Valley Herald 2025-26')).toBe('Valley Herald');
    expect(source('HARBOUR', '© 2025-26 HARBOUR USA, LLC. All Rights Reserved.')).toBe('HARBOUR');
    expect(source('Harbour Evening Post', 'Copyright © 2025-26 Northern World Publishing ltd., All Rights Reserved')).toBe('Harbour Evening Post');
    // A number of three digits after the year is no year's end.
    expect(source('Menu', '© 2026-275 The Valley Tribune')).toBeNull();
  });

  it('reads a site\'s address in .info, and the holder before a "powered by" after its years', () => {
    // POLYGRAPH.info's and Phys.org's notices: the stories had no source.
    expect(source('Menu', '© 2026 HARBOURWATCH.info All Rights Reserved.')).toBe('HARBOURWATCH.info');
    expect(source('Menu', '© Lagoon.org 2003 - 2026 powered by Harbour X Network')).toBe('Lagoon.org');
    expect(source('Menu', 'Copyright © 2026 The Valley Tribune - Powered by Harbourpress')).toBe('The Valley Tribune');
    // What a notice says powers the site is no holder.
    expect(source('Menu', 'Copyright © 2026 - Powered by The Valley Tribune')).toBeNull();
  });

  it("is the holder a notice's terms name again as the one whose consent they require, whatever its name", () => {
    // The Hindu's and Teamtalk's notices: the holder has no outlet's word, and the stories had no source.
    const terms = 'Republication or reuse of anything on these pages is strictly forbidden without the written consent of';
    expect(source('Menu', `Copyright © 2026, The Harbour. ${terms} The Harbour`)).toBe('The Harbour');
    expect(source('Menu', `Copyright © 2026 Lagoontalk. All rights reserved. ${terms} Lagoontalk.`)).toBe('Lagoontalk');
    // Another name's consent, or a company's (its publisher's, no site's name), names none.
    expect(source('Menu', `Copyright © 2026, The Harbour. ${terms} the publisher`)).toBeNull();
    expect(source('Menu', `Copyright © 2026 Harbour Holdings Ltd. All rights reserved. ${terms} Harbour Holdings Ltd.`)).toBeNull();
    // A person's name is a writer's guarding a blog's posts: the author, no source.
    expect(source('Menu', `© 2026 Jane Doe. ${terms} Jane Doe.`)).toBeNull();
    expect(source('Menu', `© 2026 Jane Doe and John Roe. ${terms} Jane Doe and John Roe.`)).toBeNull();
  });

  it('reads the holder after a full stop after its year', () => {
    // The Washington Examiner's and the Sydney Morning Herald's notices: the stories had no source.
    expect(source('Menu', 'Copyright 2026. Valley Herald. All Rights Reserved.')).toBe('Valley Herald');
    expect(source('Menu', 'Copyright © 2026. The Valley Tribune.')).toBe('The Valley Tribune');
    expect(source('Menu', '© 2026. All rights reserved.')).toBeNull();
  });

  it('reads the holder after a © after the year, before a stop set after a space, and before links after a wide gap', () => {
    // ogpaper.com's, the Brampton News' and Clubcall.com's notices: the stories had no source.
    expect(source('Menu', 'Copyright 2026 © lagoonpaper.com . All rights reserved.')).toBe('lagoonpaper.com');
    expect(source('Menu', 'Copyright 2026 The Valley News . All rights reserved.')).toBe('The Valley News');
    expect(source('Menu', '(c) Copyright Lagoonsport.com 2026          Contact Us')).toBe('Lagoonsport.com');
    expect(source('Menu', '© 2026 Acme Holdings Inc.          The Valley News')).toBeNull();
  });

  it('names PA by its notice with "The"', () => {
    // PA's copy on Google News: "The Press Association" was no agency's name, and the stories had no source.
    expect(source('Menu', 'Copyright © 2026 The Press Association. All rights reserved.')).toBe('PA Media');
  });

  it("gives way to the outlet a footer's link is about or writes to, when no other line names one", () => {
    // The BBC's "About the BBC", Cape Argus's "About Cape Argus", McClatchy's "About SunHerald.com |" under a company's notice or none:
    // the stories had no source.
    expect(source('Menu', 'About the Valley Herald')).toBe('The Valley Herald');
    expect(source('Menu', 'About the BBC')).toBe('BBC');
    expect(source('Menu', 'Contact Harbour Courier')).toBe('Harbour Courier');
    expect(source('Menu', 'About harbournews.com |\n© 2026 Harbour Holdings Inc.')).toBe('harbournews.com');
    // A notice's outlet comes first: the footer's link may name the portal carrying the paper's story.
    expect(source('Menu', 'About harbournews.com\n© 2026 The Valley Tribune.')).toBe('The Valley Tribune');
    // A group of sites, a word for an outlet alone or a company names none.
    expect(source('Menu', 'About the Harbour Cities Network |')).toBeNull();
    expect(source('Menu', 'About Press')).toBeNull();
    expect(source('Menu', 'About Acme Holdings')).toBeNull();
  });

  it('is the publication a footer says a company owns, when another line names it', () => {
    // A science site's footer under its publisher's notice, the site's name in its byline's post: the stories had had no source.
    const footer = 'Harbour Science is part of Northwind US Inc, a global publisher of magazines and websites.\n© Northwind US, Inc.';
    expect(source('Menu\nBy Dana Reyes - Harbour Science Contributor', footer)).toBe('Harbour Science');
    expect(source('Menu', 'Sign up for the Harbour Review newsletter\nHarbour Review is published by The Harbour Group, a Northwind Holdings Company.')).toBe('Harbour Review');
    // Named by that line alone, owned by no company, or a product's trade mark: none.
    expect(source('Menu', footer)).toBeNull();
    expect(source('Menu', 'Harbour Canal tours\nHarbour Canal is owned by the harbour board.')).toBeNull();
    expect(source('Menu', 'Buy the Harbourphone\nHarbourphone is a registered trademark of Northwind US Inc.')).toBeNull();
  });

  it("is the outlet a line under the article says is a trademark of its owner", () => {
    // CBS Sports' footer (the site is "a registered trademark of" its broadcaster) under its company's notice: no source.
    expect(source('Menu', 'The Valley Tribune is a registered trademark of Harbour Broadcasting Inc.\n© 2026 Harbour Interactive. All Rights Reserved.')).toBe('The Valley Tribune');
    // A name that is no outlet's, or an outlet named in another sentence of the line, names none.
    expect(source('Menu', 'Harbour Widgets is a registered trademark of Harbour Broadcasting Inc.')).toBeNull();
    expect(source('Menu', 'Our partner The Valley Tribune is a registered trademark of Harbour Broadcasting Inc.')).toBeNull();
  });

  it("is the outlet any sentence of a footer's line says is a trade mark, in two words, its sign or quotation marks left out", () => {
    // Trinity Mirror's regional sites ("icScotland™ is a trade mark of …"), the Daily Star's "\"Daily Star\" is a registered trademark.": no source.
    expect(source('Menu', 'icHarbour™ is a trade mark of Harbour & Valley Newspapers Limited.')).toBe('icHarbour');
    const notice = 'Copyright and Trade Mark Notice © 2026 owned by or licensed to Harbour Newspapers Limited.';
    expect(source('Menu', `${notice} The Harbour Chronicle™ is a trade mark of Harbour Newspapers Limited. Please read our Terms.`)).toBe('The Harbour Chronicle');
    expect(source('Menu', 'Copyright ©2026 Harbour Media Publications. "Harbour Star" is a registered trademark. Read our terms before using this site.')).toBe('Harbour Star');
    // No outlet's name before the verb: none.
    expect(source('Menu', `${notice} Harbour Widgets™ is a trade mark of Harbour Newspapers Limited.`)).toBeNull();
  });

  it("is the masthead a notice names after its publisher's company, as Belgian papers write it", () => {
    // Le Soir's "© Rossel & Cie S.A., Le Soir, Bruxelles, 2026": the story had no source.
    expect(source('Le Phare', '© Vasseur & Cie S.A., Le Phare, Namur, 2026')).toBe('Le Phare');
    // Another item after the company, or another masthead over the page, names none.
    expect(source('Namur', '© Vasseur & Cie S.A., Le Phare, Namur, 2026')).toBeNull();
    expect(source('La Lanterne', '© Vasseur & Cie S.A., Le Phare, Namur, 2026')).toBeNull();
  });

  it("is the masthead among a publishing house's words, and the holder after a notice's opening \"All rights reserved\"", () => {
    // El Tiempo's "© 2026 Casa Editorial EL TIEMPO", walla!'s "כל הזכויות שמורות © 2026 וואלה תקשורת בע"מ": the stories had no source.
    expect(source('EL FARO', '© 2026 Casa Editorial EL FARO')).toBe('EL FARO');
    expect(source('אור', 'כל הזכויות שמורות © 2026 אור תקשורת בע"מ')).toBe('אור');
    expect(source('Menu', 'All rights reserved © 2026 The Valley Tribune')).toBe('The Valley Tribune');
    // El Universal's company names no masthead; its newsletter's prompt names the paper over the page.
    const company = 'Todos los Derechos Reservados © Compañía Periodística del Valle 2026';
    expect(source('EL CORREO', `Mantente al día con el boletín de EL CORREO\n${company}`)).toBe('EL CORREO');
    // No other line naming it, or a publishing house naming another masthead: none.
    expect(source('EL CORREO', company)).toBeNull();
    expect(source('EL FARO', '© 2026 Casa Editorial EL FAROL')).toBeNull();
  });

  it('is the masthead a Vietnamese notice names with its word for a paper, the masthead adding "Online"', () => {
    // Tuổi Trẻ's "© Bản quyền thuộc Báo Tuổi Trẻ." ("copyright belongs to the Tuổi Trẻ paper") under "Tuổi Trẻ Online": no source.
    expect(source('Sóng Mới Online', '© Bản quyền thuộc Báo Sóng Mới. Cấm sao chép dưới mọi hình thức.')).toBe('Sóng Mới Online');
    expect(source('Sóng Mới', '© Bản quyền thuộc về Báo Sóng Mới')).toBe('Sóng Mới');
    // Another paper's name: none.
    expect(source('Sóng Mới Online', '© Bản quyền thuộc Báo Gió Bắc.')).toBeNull();
  });

  it('reads the masthead over the page before its tagline after a bar', () => {
    // Haaretz heads its page "Haaretz | Israel News" over "© Haaretz Daily Newspaper Ltd.": the story had no source.
    expect(source('Hamevaser | Israel News', '© Hamevaser Daily Newspaper Ltd. All Rights Reserved')).toBe('Hamevaser');
    // A menu's row of links is no masthead and its tagline.
    expect(source('Register | Login | Help', '© Hamevaser Daily Newspaper Ltd. All Rights Reserved')).toBeNull();
  });

  it("is the site's name the footer repeats alone by the notice, one word too, whoever holds it", () => {
    // Dnevnik's "Дневник" over "Всички права запазени © 2001-2026 Икономедиа АД", Barron's by Dow Jones's notice: no source.
    expect(source('Вестник', 'Вестник\nВсички права запазени © 2001-2026 Медиагрупа АД')).toBe('Вестник');
    expect(source('Lantern', 'Copyright ©2026 Harbour & Company, Inc. All Rights Reserved.\nLantern')).toBe('Lantern');
    // A notice holding no company, right under the logo, is the site's own (it had named none).
    expect(source('Harian Lembah', 'Harian Lembah\nHak Cipta Terpelihara © 2026')).toBe('Harian Lembah');
    // Repeated away from the notice, or a menu's word, it names none.
    expect(source('Lantern', 'Lantern\nCareers\nCopyright ©2026 Harbour & Company, Inc. All Rights Reserved.')).toBeNull();
    expect(source('Opinion', 'Opinion\nCopyright ©2026 Harbour & Company, Inc. All Rights Reserved.')).toBeNull();
  });

  it("is an outlet's name over the page when no line names the source, as pages without a notice are", () => {
    // ABC's and Axios's pages close on no notice, and name the outlet in a picture's credit, a local edition's name: no source.
    expect(source('ABC News', '(ABC News: Dana Whitfield)\nAcknowledgement of Country')).toBe('ABC News');
    expect(source('Axios', 'Get more local stories in your inbox with Axios Harbour.')).toBe('Axios');
    expect(source('The Valley Tribune', 'Subscribe to The Valley Tribune')).toBe('The Valley Tribune');
    // A public broadcaster's news service named with its language's word for news, the broadcaster's name alone in the footer.
    expect(source('Yle Uutiset', 'Yle\nOta yhteyttä')).toBe('Yle Uutiset');
    // Named by no other line, inside another word only, an outlet's word alone ("Register | Login") or no outlet: none.
    expect(source('ABC News', 'Acknowledgement of Country')).toBeNull();
    expect(source('Axios', 'Axiosphere')).toBeNull();
    expect(source('Register', 'Register now')).toBeNull();
    // (Repeated as the page's last line, it is the footer's logo: mastheadRepeatedLast.)
    expect(source('Harbour Widgets', 'Harbour Widgets\nSitemap')).toBeNull();
    expect(source('Harbour Widgets', 'Harbour Widgets')).toBe('Harbour Widgets');
  });

  it("is the site's name the footer sets over its address when the notice holds the address", () => {
    // Dinamani's "Dinamani" over "www.dinamani.com" over "Copyright - dinamani.com 2026. …": the address had been the source.
    const notice = 'Copyright - harbourmani.com 2026. All rights reserved.';
    expect(source('Menu', `Harbourmani\nwww.harbourmani.com\n${notice}`)).toBe('Harbourmani');
    expect(source('Menu', `Harbourmani\n${notice}`)).toBe('Harbourmani');
    // The name as a menu's item, over no line holding the address, is no logo.
    expect(source('Harbourmani', `Harbourmani\nWatch\n${notice}`)).toBe('harbourmani.com');
  });

  it("is the notice's holder when it is a publication's name, no company's, and another line names it", () => {
    // "© 2019 The Paradigm", "© spiked 2000-2008", "© 2019 National Review": no outlet's word, and the stories had had no source.
    expect(source('Menu', 'Subscribe to The Lagoon Review\n© 2026 The Lagoon Review. All rights reserved.')).toBe('The Lagoon Review');
    expect(source('Search lagoonist', '© lagoonist 2010-2026 All rights reserved. Terms and conditions.')).toBe('lagoonist');
    // A word for news or a medium in the name needs no other line ("Copyright 2019 Hawaii News Now."), a company's word refuses it.
    expect(source('Menu', 'Copyright 2026 Lagoon News Now. All rights reserved.')).toBe('Lagoon News Now');
    expect(source('Menu', '© 1996-2026 Lagoon News Communication')).toBeNull();
    // The holder before the terms the notice runs on into (a portal's "© year, name, All rights reserved." run into its links).
    expect(source('Menu', 'Lagoonist Home\nCopyright © 2026 Lagoonist All rights reserved.Privacy |Terms')).toBe('Lagoonist');
    // A dash before "All rights reserved", and what the notice leaves out of it: the holder had been no name.
    expect(source('Menu', 'Lagoonist Home\n© 2026 Lagoonist - All rights reservedNot associated with Harbour Corp')).toBe('Lagoonist');
    expect(source('Menu', 'Nobody covers the lagoon like The Lagoon Republic.\n© 2026 The Lagoon Republic unless otherwise stated.')).toBe('The Lagoon Republic');
    // Named by no other line (another notice is none), a company's or an institution's name, a menu's word, or the byline's
    // name (a writer's blog): none.
    expect(source('Menu', '© 2026 The Lagoon Paradigm. All rights reserved.')).toBeNull();
    expect(source('Menu', '© 2026 The Lagoon Paradigm.\n© 2026 The Lagoon Paradigm. All rights reserved.')).toBeNull();
    expect(source('Menu', 'Lagoon Networks\n© 2026 Lagoon Networks. All rights reserved.')).toBeNull();
    expect(source('Menu', 'Lagoon State University\n© 2026 Lagoon State University')).toBeNull();
    expect(source('Menu', 'Home\n© 2026 Home')).toBeNull();
    expect(source('Menu', 'More from Whitfield\n© 2026 Whitfield. All rights reserved.')).toBeNull();
    expect(source('Menu', 'About Dana Whitfield\n© 2026 Dana Whitfield')).toBeNull();
    // A desk's name, as a blog's theme holds its notice in the name of its header's section: it had been the source.
    expect(source('Menu', 'Latest News\n© 2026 Latest News. All rights reserved.')).toBeNull();
    expect(source('Menu', 'India News\nCopyright © India News 2026')).toBeNull();
  });

  it("is a holder written with Persian's zero-width non-joiner or an Indic script's vowel signs", () => {
    // The BBC's Persian notice "© year بی‌بی‌سی." (a joiner inside the name): the holder had been no name, and the story had no source.
    expect(source('Menu', 'درباره نیک‌خبر\n© ۲۰۲۶ نیک‌خبر.')).toBe('نیک‌خبر');
    expect(source('Menu', 'नया सवेरा ई-पेपर\n© 2026 नया सवेरा')).toBe('नया सवेरा');
  });

  it("is the masthead the notice holds after \"All rights reserved\" in more of Europe's and the Caucasus's languages", () => {
    // A Georgian site's "ყველა უფლება დაცულია © 2026 …" under its masthead: the holder had been unread, and the story had no source.
    expect(source('ქალაქის ხმა', 'ყველა უფლება დაცულია © 2026 ქალაქის ხმა')).toBe('ქალაქის ხმა');
    expect(source('Міський вісник', 'Усі права захищені © 2026 Міський вісник')).toBe('Міський вісник');
    expect(source('Міський вісник', 'Усі права захищені © 2026 Обласний вісник')).toBeNull();
  });

  it('is the masthead a Russian company holds in guillemets after its legal form', () => {
    // Kommersant's "© АО «Коммерсантъ», 2026" under its masthead: the company had been read as no name, and the story had had no source.
    expect(source('Причалъ', '© АО «Причалъ», 2026')).toBe('Причалъ');
    expect(source('Причал', '© 2026 ООО «Издательский дом «Причал»». Все права защищены.')).toBe('Причал');
    // Another company's name: none.
    expect(source('Причал', '© ООО «Северная пресса», 2026')).toBeNull();
  });

  it('is the masthead under a skip link, over a company with an ampersand or named by another line', () => {
    // A Scottish weekly's "Skip to main content" over its masthead, "© 2026 Highland News & Media" under the page, and a student paper
    // on SNO's theme, no holder in its notice, its donation box naming it: the skip link had been asked, and the stories had no source.
    expect(source('Skip to main content\nThe Harbour Courier', '© 2026 Coastline News & Media')).toBe('The Harbour Courier');
    expect(source('Skip to Content\nThe Harbour Herald', 'Donate to The Harbour Herald')).toBe('The Harbour Herald');
    // Under the skip link a line that is no outlet's name (a blog's first menu item) is no masthead.
    expect(source('Skip to main content\nFree Courses', '© 2026 Coastline News & Media')).toBeNull();
  });

  it('is a holder with a word for a medium hyphened to its name', () => {
    // A US paper's "© Copyright 2026, The Harbourman-Review | Community Guidelines | …", named by no other line: no source.
    expect(source('Menu', '© Copyright 2026, The Harbourman-Review | Community Guidelines | Terms of Service')).toBe('The Harbourman-Review');
    expect(source('Menu', '© Copyright 2026, The Harbour-Widgets | Terms of Service')).toBeNull();
  });

  it("is a holder with a word for a medium before its domain, after the footer's links run on before the ©, or before its company", () => {
    // "All content copyright <name> News.com 1996 - 2026.", "Imprint … Privacy Policy © <name> magazine 2026", "Copyright © 2026
    // <site>.co.uk, <company> Publishing.": no source.
    expect(source('Menu', 'All content copyright Harbour Rowing News.com 1996 - 2026.')).toBe('Harbour Rowing News.com');
    expect(source('Menu', 'harbour magazine\nImprint Cookies Terms of Use Privacy Policy © harbour magazine 2026')).toBe('harbour magazine');
    expect(source('Menu', 'Harbourtech.co.uk Network\nCopyright © 2026 Harbourtech.co.uk, Northwind Publishing.')).toBe('Harbourtech.co.uk');
    // A domain with no medium's word named by no other line, a sentence's words before the ©, a person after the comma: none.
    expect(source('Menu', 'All content copyright Harbour Rowing.com 1996 - 2026.')).toBeNull();
    expect(source('Menu', 'harbour magazine\nThe photographs are ours © harbour magazine 2026')).toBeNull();
    expect(source('Menu', 'Harbourtech.co.uk Network\nCopyright © 2026 Harbourtech.co.uk, Jane Doe.')).toBeNull();
  });

  it('is the holder in Latin letters of a notice under a masthead in another script, as many words', () => {
    // Gujarati and Nepali sites' English notices under their mastheads: no other line names the holder in its letters, and the
    // stories had had no source.
    expect(source('બંદર સમાચાર', 'Copyright © 2026 Bandar Samachar. All rights reserved.')).toBe('Bandar Samachar');
    expect(source('बन्दरखबर', '© 2026 Bandarkhabar. All rights reserved.')).toBe('Bandarkhabar');
    // Another number of words, a masthead in Latin letters, or a company: none.
    expect(source('बन्दरखबर', '© 2026 Bandar Khabar. All rights reserved.')).toBeNull();
    expect(source('Bandar Daily', 'Copyright © 2026 Bandar Samachar. All rights reserved.')).toBeNull();
    expect(source('बन्दरखबर', '© 2026 Bandarkhabar Holdings. All rights reserved.')).toBeNull();
  });

  it('is the site an Indonesian network\'s note says the story first ran on, over the group\'s notice', () => {
    // A Tribun regional site's "Artikel ini telah tayang di … dengan judul …" over "© 2026 TRIBUNnews.com Network": the group had been the source.
    const notice = '© 2026 HARBOURnews.com Network';
    expect(source('HarbourJateng.com', `Artikel ini telah tayang di Harbourjateng.com dengan judul Banjir Rob di Pelabuhan\n${notice}`)).toBe('Harbourjateng.com');
  });

  it("is the outlet a syndication note says first published the story, over the host's notice", () => {
    // A science site's copy of another outlet's story, a regional paper's of an agency's: the stories had had no source, or the host's.
    expect(source('Menu', 'This article was originally published by Harbourism. Read the original article.\n© Harbour Science Pty Ltd. All rights reserved.')).toBe('Harbourism');
    expect(source('Menu', 'This article is republished from The Harbour Conversation under a Creative Commons license.\n© 2026 The Valley Tribune.')).toBe('The Harbour Conversation');
    expect(source('Menu', 'Este contenido ha sido publicado originalmente por Agencia Marina, Agencia Costera de Noticias, en la siguiente dirección: marina.pe\n© 2026 The Valley Tribune.')).toBe('Agencia Marina');
    // A partner the story was produced with, or a newsletter a version of it ran in, published nothing of the page's.
    expect(source('Menu', 'This story was produced with Harbour Health News, a national newsroom.\n© 2026 The Valley Tribune.')).toBe('The Valley Tribune');
    expect(source('Menu', 'A version of this story appeared in the Morning Harbour newsletter.\n© 2026 The Valley Tribune.')).toBe('The Valley Tribune');
  });

  it('is the title a notice holds in guillemets, what it is after it in lower case', () => {
    // A Kazakh paper's "© 2026 «…» республикалық газеті" under its masthead in Latin letters, an Armenian agency's "© 2026 «…» պետական
    // լրատվական գործակալություն": the stories had had no source.
    expect(source('Dala Tany', '© 2026 «Дала таңы» республикалық газеті')).toBe('Дала таңы');
    expect(source('ԼՈՒՐԵՐ', '© 2026 «Լուրեր» պետական լրատվական գործակալություն')).toBe('Լուրեր');
    expect(source('Menu', '© 2026 «Дала таңы»')).toBe('Дала таңы');
    // A company: its legal form before the title or after it, or a title inside its name.
    expect(source('Menu', '© 2026 ТОО «Дала таңы»')).toBeNull();
    expect(source('Menu', '© 2026 «Дала таңы» ЖШС')).toBeNull();
    expect(source('Menu', '© 2026 «Издательский дом «Дала»»')).toBeNull();
  });

  it('is the masthead the notice holds after "all rights reserved" in Pashto and Persian', () => {
    // An Afghan channel's "ټول حقونه خوندي دي © ۲۰۲۶ …" under its Pashto masthead: the holder had been unread, and the story had no source.
    expect(source('د ښار غږ', 'ټول حقونه خوندي دي © ۲۰۲۶ د ښار غږ')).toBe('د ښار غږ');
    expect(source('صدای شهر', 'تمامی حقوق محفوظ است © ۱۴۰۵ صدای شهر')).toBe('صدای شهر');
    expect(source('د ښار غږ', 'ټول حقونه خوندي دي © ۲۰۲۶ د کلي غږ')).toBeNull();
  });

  it('is the masthead a Persian notice reserves the rights for, inside its phrase', () => {
    // A Dari paper's "تمامی حقوق برای … محفوظ است." under its masthead: the notice had been read as none, and the story had had no source.
    expect(source('روزنامه صدای شهر', 'تمامی حقوق برای روزنامه صدای شهر محفوظ است.')).toBe('روزنامه صدای شهر');
    expect(source('روزنامه صدای شهر', 'کلیه حقوق این سایت برای روزنامه صدای شهر محفوظ می‌باشد')).toBe('روزنامه صدای شهر');
    expect(source('روزنامه صدای شهر', 'تمامی حقوق برای روزنامه صدای کوه محفوظ است.')).toBeNull();
  });

  it('is the masthead an Urdu notice reserves the rights for, inside its phrase, or the group the notice names', () => {
    // An Urdu paper's "جملہ حقوق بحق … محفوظ ہیں" ("all rights reserved in favour of …"), no ©: else the story has no source.
    expect(source('نوائے شہر', 'جملہ حقوق بحق نوائے شہر محفوظ ہیں')).toBe('نوائے شہر');
    expect(source('نوائے شہر اردو', 'جملہ حقوق بحق نوائے شہر میڈیا گروپ محفوظ ہیں۔')).toBe('نوائے شہر اردو');
    expect(source('نوائے شہر', 'جملہ حقوق بحق نوائے کوہ محفوظ ہیں')).toBeNull();
  });

  it("is the masthead over a publisher's company named by its word for a group, no legal form, when another line names it", () => {
    // Jagbani's masthead in Gurmukhi over "Copyright © 2026 Punjab Kesari Group.", its e-paper's prompt naming it: no source.
    const company = 'Copyright © 2026 Satluj Prakashan Group. All rights reserved.';
    expect(source('ਨਵੀਂ ਸਵੇਰ', `ਨਵੀਂ ਸਵੇਰ ਈ-ਪੇਪਰ ਪੜ੍ਹੋ\n${company}`)).toBe('ਨਵੀਂ ਸਵੇਰ');
    expect(source('ਨਵੀਂ ਸਵੇਰ', company)).toBeNull();
  });

  it("is the masthead of the company's initials over its long notice in German", () => {
    // The NZZ's "NZZ" over its notice of 31 words, "Alle Rechte vorbehalten" in it: no notice, and the story had no source.
    const notice = (company: string): string =>
      `Copyright © ${company} AG. Alle Rechte vorbehalten. Jede Weiterverwendung der Inhalte ohne die schriftliche Zustimmung der ${company} ist untersagt, auch auszugsweise und in elektronischer Form.`;
    expect(source('LSZ', notice('Luzerner Seeland Zeitung'))).toBe('LSZ');
    expect(source('LSK', notice('Luzerner Seeland Zeitung'))).toBeNull();
  });

  it("is the masthead with its article run into its name over a company the name opens", () => {
    // derStandard over "© STANDARD Verlagsgesellschaft m.b.H. 2026": the story had no source.
    expect(source('derRundblick', '© RUNDBLICK Verlagsgesellschaft m.b.H. 2026')).toBe('derRundblick');
    expect(source('derRundblick', '© NORDBLICK Verlagsgesellschaft m.b.H. 2026')).toBeNull();
  });

  it("is the Chinese masthead its notice holds before \"all rights reserved\", each without its word for a site", () => {
    // Ming Pao's "明報網站 · 版權所有 · 不得轉載" under "明報新聞網": the story had no source.
    expect(source('晨光新聞網', '晨光網站 · 版權所有 · 不得轉載')).toBe('晨光新聞網');
    expect(source('晨光新聞網', '星島網站 · 版權所有 · 不得轉載')).toBeNull();
  });

  it('is the masthead the notice names as a word of its own anywhere', () => {
    // Rudaw's Sorani notice names its company "تۆڕی میدیایی ڕووداو" (the Rudaw media network), the name last: no source.
    expect(source('بەیان', '© مافی بڵاوکردنەوەی پارێزراوە بۆ تۆڕی میدیایی بەیان 2026')).toBe('بەیان');
    expect(source('Harbourlight', '© 2026 All rights reserved for the Harbourlight Trust')).toBeNull();
    expect(source('Harbourlight', '© 2026 All rights reserved for the Harbourlights')).toBeNull();
  });

  it("is the site's name over the page when a line offers its app, or invites the reader to follow it in Thai", () => {
    // AD's "Gratis de AD-app" under "AD" over its cookie wall, Khaosod's "ติดตามข่าวสดได้ทาง LINE": the stories had no source.
    const company = '© 2026 Noord Media B.V. - alle rechten voorbehouden';
    expect(source('HZ', `Gratis de HZ-app\n${company}`)).toBe('HZ');
    expect(source('Harbour Daily', 'Download the Harbour Daily app')).toBe('Harbour Daily');
    expect(source('ข่าวเช้า', 'ติดตามข่าวเช้าได้ทาง LINE')).toBe('ข่าวเช้า');
    expect(source('HZ', `Gratis de HZA-app\n${company}`)).toBeNull();
    expect(source('Opinion', 'Download the Opinion app')).toBeNull();
  });

  it("is read after what the notice covers, before a bullet, without the paper's town and country, from a paper's company with its legal form", () => {
    // "All contents copyright © …", "… Company • 3450 …", "…, Springfield, Ohio, USA.", "The Age Company Ltd.": no source.
    expect(source('Menu', 'Harbourcrunch Network\nAll contents copyright © 2026, Harbourcrunch. All rights reserved')).toBe('Harbourcrunch');
    expect(source('Menu', 'THE HARBOUR-ENTERPRISE\n© 2026 Harbour-Enterprise Company • 12 Quay Street, Harbourville, California 92501')).toBe('Harbour-Enterprise');
    expect(source('Menu', 'Copyright © 2026 Harbourville News-Sun, Harbourville, Ohio, USA. All rights reserved.')).toBe('Harbourville News-Sun');
    expect(source('Menu', 'Subscribe to The Harbour\nCopyright © 2026. The Harbour Company Ltd.')).toBe('The Harbour');
    // No outlet before the place, or the paper's company named by no other line: none.
    expect(source('Menu', 'Copyright © 2026 Harbour Widgets, Harbourville, Ohio, USA. All rights reserved.')).toBeNull();
    expect(source('Menu', 'Copyright © 2026. The Harbour Company Ltd.')).toBeNull();
    expect(source('Menu', 'Harbour Jones & Co\nCopyright ©2026 Harbour Jones & Company, Inc. All Rights Reserved.')).toBeNull();
  });

  it("is the site the page's first line welcomes the reader to, when another line names it too", () => {
    // Australian papers' "Welcome to Herald Sun. Skip to: …" over the menu, a US paper's EU edition: the stories had had no source.
    expect(source('Welcome to Harbour Sun. Skip to: Search Box Section Navigation Content', 'Harbour Sun')).toBe('Harbour Sun');
    expect(source('Welcome to HARBOURNEWS.com.au', 'HARBOURNEWS.com.au Network')).toBe('HARBOURNEWS.com.au');
    expect(source('Welcome to The Harbour Ledger’s EUROPEAN UNION EXPERIENCE', 'Read The Harbour Ledger in print')).toBe('The Harbour Ledger');
    // Named by no other line, or a sentence welcoming the reader to something else: none.
    expect(source('Welcome to Harbour Sun. Skip to: Search Box Section Navigation Content', 'Harbour Sunset Tours')).toBeNull();
    expect(source('Welcome to the club.', 'Join the club')).toBeNull();
  });

  it("is the site's name over the page when a picture's credit gives it alone", () => {
    // A Montenegrin paper's own photographs credited "Foto: …" under its one-word masthead, over its publisher's notice: the source had
    // been the publisher's company.
    const notice = '© 2026 Harbour Press d.o.o.';
    expect(source('Harbourske', `Foto: Harbourske\n${notice}`)).toBe('Harbourske');
    expect(source('Harbourske', `Photo: HARBOURSKE\n${notice}`)).toBe('Harbourske');
    // Under any label of a picture's credit (chrome/photo-credits.ts PICTURE_CREDIT_LABEL), in any case, a full-width colon too.
    expect(source('Harbourske', `FOTOGRAFIJA: Harbourske\n${notice}`)).toBe('Harbourske');
    expect(source('Harbourske', `Image credit：Harbourske\n${notice}`)).toBe('Harbourske');
    // A credit to someone else, or the name within a longer credit: not the site's own.
    expect(source('Harbourske', `Foto: Marko Petrović\n${notice}`)).not.toBe('Harbourske');
    expect(source('Harbourske', `Foto: Harbourske / Marko Petrović\n${notice}`)).not.toBe('Harbourske');
  });

  it("is the site's address the first line welcomes the reader to, over a notice holding its company", () => {
    // An Australian sports site's "Welcome to FOXSPORTS.com.au" over its publisher's notice, named by no other line: the stories had had
    // no source. A site's address is no menu's word, as over the page (siteOverPublisherNotice).
    expect(source('Welcome to HARBOURSPORTS.com.au', 'Copyright 2026 Northwind Media Group Pty Ltd.')).toBe('HARBOURSPORTS.com.au');
    expect(source('Welcome to HARBOURSPORTS.com.au', 'Contact us')).toBeNull();
  });

  it("is the site's address holding a notice opening with \"Copyright\" and the circled c, no year", () => {
    // Korean sites' "Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지": the story had had no source.
    expect(source('Menu', 'Copyright ⓒ Harbourmedia.co.kr. 무단전재 및 재배포 금지')).toBe('Harbourmedia.co.kr');
    expect(source('Menu', 'Copyright © harbournews.com')).toBe('harbournews.com');
    // A company named by its address, or an address under a picture with no "Copyright": none.
    expect(source('Menu', 'Copyright © Harbournews.com Ltd. All rights reserved.')).toBeNull();
    expect(source('Menu', '© harbournews.com')).toBeNull();
  });

  it("is the masthead's second line when the notice holds it, not a menu's word its name opens with", () => {
    // A news service's name over its broadcaster's, the notice the broadcaster's; a masthead in its own script over its Latin letters, the
    // notice its company's; a broadcaster's initials under a skip link in Norwegian: the stories had had no source.
    expect(source('Harbour Reo News\nWhakaata Harbour', '© 2026 Whakaata Harbour')).toBe('Whakaata Harbour');
    expect(source('సముద్రం\nSamudram', 'Copyright © 2026 Samudram Media Group')).toBe('Samudram');
    expect(source('Hopp til innhold\nNRK', '© NRK')).toBe('NRK');
    // A line the notice does not hold, a second line under a first that is no outlet's name nor the name in another script, or a menu's
    // word opening the masthead's name in a script with vowel signs (the sign after it is no word's end): none.
    expect(source('Harbour Reo News\nKāinga', '© 2026 Whakaata Harbour')).toBeNull();
    expect(source('Harbour Reo\nWhakaata Harbour', '© 2026 Whakaata Harbour')).toBeNull();
    expect(source('মূল পৃষ্ঠা\nঅসম', '© ২০২৬ অসমীয়া বন্দৰ। সৰ্বস্বত্ব সংৰক্ষিত।')).not.toBe('অসম');
  });

  it("is the holder before a danda, or the masthead's initials in capitals", () => {
    // An Assamese notice ends its holder with the danda; an agency's notice holds its initials under its name in full: no source.
    expect(source('Menu\nঅসমীয়া বন্দৰ', '© ২০২৬ অসমীয়া বন্দৰ। সৰ্বস্বত্ব সংৰক্ষিত।')).toBe('অসমীয়া বন্দৰ');
    expect(source('Harbourya Ajansı', 'HA © 2026 Hemû maf parastî ne')).toBe('Harbourya Ajansı');
    expect(source('South Harbour Morning Post', '© 2026 SHMP')).toBe('South Harbour Morning Post');
    // Other initials, or initials in lower case: none.
    expect(source('Harbourya Ajansı', 'HB © 2026 Hemû maf parastî ne')).toBeNull();
    expect(source('Harbourya Ajansı', 'ha © 2026')).toBeNull();
  });

  it('is a site\'s domain holding the notice after "www."', () => {
    // "© 2004-2026 www.harbourzine.co.uk.": the address had been no outlet's name, and the story had had no source.
    expect(source('Menu', '© 2004-2026 www.harbourzine.co.uk.')).toBe('harbourzine.co.uk');
    expect(source('Menu', '© 2026 www.harbourzine')).toBeNull();
  });

  it("is the paper its publishing company names, after \"Images and text copyright\"", () => {
    // "Images and text copyright © 2026 by The Herald-Lagoon Publishing Co.": the holder had been a company's, and the story had had no source.
    expect(source('Menu', 'Images and text copyright © 2026 by The Herald-Lagoon Publishing Co.')).toBe('The Herald-Lagoon');
    expect(source('Menu', '© Copyright 2026, The Valley Times Publishing Company')).toBe('The Valley Times');
    // A publishing company named by no outlet: none.
    expect(source('Menu', '© 2026 Harbour Widgets Publishing Co.')).toBeNull();
  });

  it("is the site's logo linking to its home page, and under a skip link over a cookie banner", () => {
    // The logo's link words after the name: the whole line had been asked of the notice, and the stories had had no source.
    expect(source('harbourherald.co.nz - Home', 'Copyright ©2026, Harbour Holdings NZ Limited')).toBe('harbourherald.co.nz');
    expect(source('Skip to main content\nThe Harbour Guardian - Back to home', '© 2026 Harbour Guardian News & Media Limited')).toBe('The Harbour Guardian');
    expect(source('Lagoonbox homepage', '© 2026 Lagoonbox Media, LLC. All Rights Reserved')).toBe('Lagoonbox');
    // Vox Media's sites set the skip link over the banner and the logo under it.
    const banner = 'We use cookies to tailor the stories and the ads you see on this site.\nBy clicking Agree, you agree to let us keep them on this device.\nAgree';
    expect(source(`Skip to main content\n${banner}\nLagoonbox homepage`, '© 2026 Lagoonbox Media, LLC. All Rights Reserved')).toBe('Lagoonbox');
    // A section's home link is no site's name the notice holds.
    expect(source('Sport home', '© 2026 Lagoonbox Media, LLC. All Rights Reserved')).toBeNull();
  });

  it("is the site a breadcrumb's first step names, as the notice holds it", () => {
    // The site line a tagline, the breadcrumb's root the site's name, its company's notice after "Copyright of", or a site's address
    // over its network's notice: the stories had had no source.
    expect(source("Menu\nHarbourland's No.1 quality newspaper website\nYou are here Harbourgraph > News >", '© Copyright of Harbourgraph Media Group Limited 2026 | Terms & Conditions')).toBe('Harbourgraph');
    expect(source('Menu\nYou are here harbourweb.com > Management > IT Pro', 'Copyright ©1995-2026 Lagoon Networks, Inc. All rights reserved.')).toBe('harbourweb.com');
    // A breadcrumb opening at "Home", or a root no notice holds: none.
    expect(source('Menu\nYou are here Home > News > Article', '© Copyright of Harbourgraph Media Group Limited 2026')).toBeNull();
    expect(source('Menu\nYou are here Harbourgraph > News >', '© 2026 Lagoon Networks, Inc.')).toBeNull();
  });

  it("is the masthead over the page when the holder's first word opens its name", () => {
    // A company naming the site it publishes by its own first word: run into digits, as capitals before lower case, or a word of the
    // masthead's when the holder is a company's. The stories had had no source.
    expect(source('harbwr360', '© Harbwr Cyf 2026')).toBe('harbwr360');
    expect(source('HSNharbourball', '© 2026 HSN Sports Media Ltd. All rights reserved')).toBe('HSNharbourball');
    expect(source('harbwr360', '© Harbwr 2026')).toBe('harbwr360');
    expect(source('Lagoona Tonga', '© 2026 Lagoona Media Ltd. All rights reserved.')).toBe('Lagoona Tonga');
    // A word of its own in a holder that is no company's (a sister paper's notice), a longer word's first letters, "The", a word too
    // short: none.
    expect(source('Lagoona Tonga', '© 2026 Lagoona Moana. All rights reserved.')).toBeNull();
    expect(source('Harbourside', '© 2026 Harbour Lagoon Ltd.')).toBeNull();
    expect(source('The Lagoon Folk', '© 2026 The Harbour Lda')).toBeNull();
    expect(source('Ab Harbour', '© 2026 Ab Lagoon Ltd.')).toBeNull();
  });

  it('is the masthead an Arabic notice reserves the rights to, the preposition run into it', () => {
    // "To" run into the name drops its article's alif ("للميناء" for "to Al-Mina"); with the tatweel, before a word for the site: the
    // holder had been read as no name, and the stories had had no source.
    expect(source('الميناء الجديد', 'جميع الحقوق محفوظة للميناء الجديد ٢٠٢٦')).toBe('الميناء الجديد');
    expect(source('صوت الميناء', '© 2026 جميع الحقوق محفوظة لـ صوت الميناء')).toBe('صوت الميناء');
    expect(source('صوت الميناء', 'جميع الحقوق محفوظة لموقع صوت الميناء')).toBe('صوت الميناء');
    // Another paper's name, or one the masthead's words only open: none.
    expect(source('الميناء الجديد', 'جميع الحقوق محفوظة للميناء القديم ٢٠٢٦')).toBeNull();
    expect(source('صوت الميناء', 'جميع الحقوق محفوظة لصوت الميناءين')).toBeNull();
  });

  it("is the paper's name a notice runs the word for a newspaper into, when another line names it", () => {
    // Lao and Thai write the word and the name without a space: no other line named the holder, and the stories had had no source.
    expect(source('ໜ້າຫຼັກ\nຂ່າວ\nທ່າເຮືອໃໝ່', '© 2026 ໜັງສືພິມທ່າເຮືອໃໝ່')).toBe('ທ່າເຮືອໃໝ່');
    expect(source('หน้าแรก\nข่าว\nท่าเรือใหม่', '© 2026 หนังสือพิมพ์ท่าเรือใหม่')).toBe('ท่าเรือใหม่');
    // A name no other line gives: none.
    expect(source('ໜ້າຫຼັກ\nຂ່າວ', '© 2026 ໜັງສືພິມທ່າເຮືອໃໝ່')).toBeNull();
  });

  it("is no source when it names no outlet", () => {
    expect(source('Menu', '© 2026 Acme Holdings Inc. All rights reserved.')).toBeNull();
    expect(source('Menu', '© Getty Images')).toBeNull();
  });
});

// GOV.UK sets "From:" alone over the bodies a page is from: the label had been an empty byline, the department a
// section's label, and the press release had had no source.
describe("the public body under a government page's From label", () => {
  const page = (from: string): string =>
    [
      'Skip to main content', 'GOV.UK', 'Menu', 'Home', 'Environment', 'Press release', '',
      'New rules to cut plastic waste from seaside cafes', 'Single-use cups and cutlery will be banned on piers from next summer.',
      'From:', from, 'Published', '2 December 2026', '',
      'Seaside cafes and kiosks will no longer be able to hand out single-use cups and cutlery from June 2027, the Environment Secretary announced today.',
      '', 'The ban follows a consultation in which most of the 12,000 responses supported tougher rules for coastal businesses.',
      '', 'Businesses will be offered grants of up to £2,000 to switch to reusable tableware before the ban starts.',
      '', 'Share this page', 'Is this page useful?', '© Crown copyright',
    ].join('\n');
  const source = (from: string): string | null => cleanArticle(article(page(from)), contextFor([page(from)])).metadata.source;

  it('is the source', () => {
    expect(source('Department for Coastal Affairs')).toBe('Department for Coastal Affairs');
    expect(source('Ministry of Harbours and Piers')).toBe('Ministry of Harbours and Piers');
    expect(source('Coastal Protection Agency')).toBe('Coastal Protection Agency');
  });

  it('is none when the label stands over a person', () => {
    expect(source('The Rt Hon Jane Doe MP')).toBeNull();
  });
});

describe("the ministry a government's bulletin names under the state's name", () => {
  const bulletin = (state: string, ministry: string): string =>
    [
      state, ministry, 'PRESS BULLETIN', 'No. 12 – 3 December 2026', '',
      'Free eye tests for pupils start in the northern districts',
      'Port Harbour, 3 December 2026 – The Ministry of Health will offer free eye tests to every pupil in the northern districts from Monday.',
      '', 'Teams of nurses will visit 140 schools over the next six weeks.',
      '', 'Parents may also take their children to the nearest health centre.',
      '', 'The tests and any glasses needed are free of charge.',
      '', 'Communication Office of the Ministry', 'www.health.harbour.example',
    ].join('\n');
  const source = (state: string, ministry: string): string | null => cleanArticle(article(bulletin(state, ministry)), contextFor([bulletin(state, ministry)])).metadata.source;

  it('is the source, in any case and language', () => {
    // A Haitian ministry's bulletin in Creole under "REPIBLIK DAYITI": the bulletin had had no source.
    expect(source('REPUBLIC OF HARBOURLAND', 'MINISTRY OF HEALTH (MOH)')).toBe('MINISTRY OF HEALTH (MOH)');
    expect(source('Repiblik Pòtlann', 'Ministè Sante Piblik ak Popilasyon (MSPP)')).toBe('Ministè Sante Piblik ak Popilasyon (MSPP)');
  });

  it("is none under a line that is no state's name", () => {
    expect(source('HARBOURLAND TODAY', 'MINISTRY OF HEALTH (MOH)')).toBeNull();
  });
});

describe("the publication a Russian site's media registration names", () => {
  const page = (registration: string): string =>
    [
      'ХБ', 'Новости', 'Экономика', 'Спорт', 'Войти', '',
      'Порт Гавань продлил навигацию до конца декабря', '04 дек 2026, 09:15', '',
      'Администрация порта Гавань продлила навигацию до 31 декабря из-за теплой погоды, сообщила пресс-служба порта.',
      '', 'Обычно навигация на северном участке заканчивается в конце ноября, когда ледоколы выводят последние суда.',
      '', 'По данным синоптиков, средняя температура в декабре будет на четыре градуса выше нормы.',
      '', 'Редакция', 'Политика конфиденциальности', '© ООО «Харбор Медиа», 2026', registration,
    ].join('\n');
  const source = (registration: string): string | null => sourceOf(page(registration));

  it('is the source, its transliteration left out', () => {
    // The notice holds the publisher's company, no outlet: the story had had no source.
    expect(source('Сетевое издание «Харбор Бизнес»')).toBe('Харбор Бизнес');
    expect(source('«Сетевое издание «Harbourday.ru (Харбордэй.ру)» Регистрационная запись ЭЛ № ФС 77-12345 от 1 марта 2016 года.')).toBe('Harbourday.ru');
    expect(source('Электронное периодическое издание «Вести Гавани» зарегистрировано 12 мая 2010 года.')).toBe('Вести Гавани');
  });

  it('is none when the footer names no publication so', () => {
    expect(source('Главный редактор: Иван Петров')).toBeNull();
  });
});

describe("a paper's short name a footer's box gives, and its notice's full name", () => {
  const page = (footer: readonly string[]): string =>
    [
      'Sign in', 'Subscribe', 'Local', 'Transportation', '',
      'Ferry riders face weekend closures as the harbour pier is rebuilt', 'By Lena Whitcombe', 'December 4, 2026 at 6:00 a.m. EST', '',
      'The harbour ferry will stop running on three weekends in January while crews replace the pier at Anchor Point, the transit agency said Friday.',
      '', 'Free shuttle buses will run every 15 minutes between the two landings during the closures, the agency said.',
      '', 'About 4,000 riders use the ferry on a typical weekend, according to agency figures.',
      '', ...footer,
    ].join('\n');
  const source = (footer: readonly string[]): string | null => sourceOf(page(footer));

  it("is the notice's full name", () => {
    // "More From The Post" had given "The Post" over the notice's "The Washington Post".
    expect(source(['Share', 'More From The Herald', 'Pier repairs to start in spring', 'About The Herald', '© 1996-2026 The Harbourton Herald'])).toBe('The Harbourton Herald');
  });

  it("is the box's name when the notice holds another", () => {
    expect(source(['Share', 'More From The Herald', 'Pier repairs to start in spring', '© 2026 Coastline Media Group'])).toBe('The Herald');
  });
});

describe("the outlet a Chinese portal's date line names", () => {
  const page = (dateLine: string, lede = '（记者 林晓东）4日上午，东湖新区第三座跨江大桥正式通车，全长约2.6公里，双向六车道。'): string =>
    [
      '港湾门户首页', '新闻', '体育', '财经', '科技', '登录', '',
      '东湖新区第三座跨江大桥今日通车', dateLine, '分享至', '',
      lede,
      '大桥通车后，新区到老城区的车程将由40分钟缩短至15分钟左右。',
      '据介绍，该桥于2023年开工建设，总投资约38亿元，设计使用年限100年。',
      '有关负责人表示，桥面两侧还设有非机动车道和人行道，方便市民骑行和散步。',
      '责任编辑：陈小雨', '相关推荐', '关于港湾门户', '港湾公司版权所有 ©1997-2026',
    ].join('\n');
  const source = (dateLine: string, lede?: string): string | null => sourceOf(page(dateLine, lede));

  it('is the source, labelled or ending in a medium\'s word', () => {
    // NetEase's and Sohu's date line over a provincial paper's copy: the story had had no source.
    expect(source('2026-12-04 10:32:15\u3000来源: 东湖日报')).toBe('东湖日报');
    expect(source('2026年12月04日 10:32 东湖新闻网')).toBe('东湖新闻网');
  });

  it("gives way to an agency's dateline, and is none unlabelled when no medium's word ends it", () => {
    // Sina's date line names Xinhua's site over Xinhua's dateline (a tester's page): the agency is the source.
    expect(source('2026年12月04日 10:32 新华网', '新华社东湖12月4日电（记者 林晓东）4日上午，东湖新区第三座跨江大桥正式通车，全长约2.6公里。')).toBe('Xinhua');
    expect(source('2026年12月04日 10:32 东湖')).toBeNull();
  });
});

describe("a site's logo as a home link under a skip link, named beside its company", () => {
  const page = (disclosure: string): string =>
    [
      'Skip to main content', 'The Lagoon homepage', 'The Lagoon', 'Tech', 'Reviews', 'Science', 'Menu', '',
      'Harbourcell cuts the price of its repairable phone', 'The new model costs $399 and ships next month.', 'by Rowan Ashdale', 'Dec 4, 2026, 3:32 PM UTC',
      disclosure, '',
      'Harbourcell is cutting the price of its repairable phone by $100 and adding a battery pack it promised at launch in the spring.',
      '', 'The phone now starts at $399, and the battery pack, which clips onto the back, costs $59 on its own.',
      '', 'The company says every part of the phone can be replaced with a single screwdriver, and it will sell spare parts on its website.',
      '', 'Most Popular', 'Terms of Use', 'Privacy Notice', '© 2026 Tidewater Media, LLC. All Rights Reserved',
    ].join('\n');
  const source = (disclosure: string): string | null => sourceOf(page(disclosure));

  it('is the source when a line names the site without its "The" and the company together', () => {
    // Vox Media's sites print the disclosure under the byline: the story had had no source.
    expect(source('If you buy something from a Lagoon link, Tidewater Media may earn a commission. See our ethics statement.')).toBe('The Lagoon');
  });

  it('is none when no line names the site beside the company', () => {
    expect(source('If you buy something from a link, we may earn a commission. See our ethics statement.')).toBeNull();
    expect(source('If you buy something from a Lagoon link, Northgate Partners may earn a commission.')).toBeNull();
  });
});

describe("the site's logo in the header, under skip links and menus", () => {
  const page = (header: readonly string[], footer: readonly string[]): string =>
    [
      'Skip to main content', 'Skip to navigation', 'Print subscriptions', 'Sign in', 'Europe edition', 'UK edition', ...header, 'News', 'Opinion', 'Sport', '',
      'Harbour towns race to fix sea walls before winter storms', 'Councils say repairs are running months behind schedule', 'Tessa Morland', 'Fri 4 Dec 2026 07.00 GMT', '',
      'Three harbour towns on the south coast are racing to repair sea walls damaged in last winter’s storms before the next ones arrive.',
      '', 'Engineers say two of the walls could fail in a strong easterly gale, flooding dozens of homes along the seafront.',
      '', 'The councils blame a shortage of stonemasons and a backlog of approvals for the delays.',
      '', 'Most viewed', 'About us', 'Contact us', ...footer,
    ].join('\n');
  const source = (header: readonly string[], footer: readonly string[]): string | null => sourceOf(page(header, footer));

  it("is the site when its home link names the notice's company's first word", () => {
    // A Guardian-like header: the skip link had been the site line, and the story had had no source.
    expect(source(['The Lantern - Back to home'], ['© 2026 Lantern News & Media Limited and affiliates. All rights reserved.'])).toBe('The Lantern');
  });

  it("is the site when its logo's text names what a footer's link is about", () => {
    expect(source(['HRB logo'], ['About HRB', 'Imprint', '© 2026 Harbour Rundfunk'])).toBe('HRB');
  });

  it("is none for a section's home link, or a logo no other line names", () => {
    expect(source(['Entertainment Homepage'], ['© 2026 Lantern News & Media Limited'])).toBeNull();
    expect(source(['HRB logo'], ['Imprint', '© 2026 Harbour Rundfunk'])).toBeNull();
  });
});

describe("a network's name from a removed line, and the news service its logo names", () => {
  const page = (logo: readonly string[]): string =>
    [
      'Skip to Content', ...logo, 'Politics', 'World', 'Business', 'More From CBS', 'Streaming', 'Shop', '',
      'Mountain town reopens its school in a fire-resistant building', 'Dec. 4, 2026, 8:00 AM EST', 'By Marisol Trent', '',
      'Three years after a wildfire burned most of a mountain town, its elementary school reopened this week in a building made to survive the next one.',
      '', 'The new school has a metal roof, walls of fiber cement and a courtyard that can shelter every student if the roads out of town close.',
      '', 'About 200 students are enrolled, down from 280 before the fire, the district said.',
      '', 'About', 'Privacy Policy', '© 2026 Tidewater Broadcasting, LLC',
    ].join('\n');

  it('is the news service when the logo names it', () => {
    // "More From CBS" (the network's other sites) had given the network's name alone.
    expect(sourceOf(page(['CBS News Logo']))).toBe('CBS News');
  });

  it("is the network's name with no such logo", () => {
    expect(sourceOf(page([]))).toBe('CBS');
  });
});

describe("a masthead ending with its publisher's company's name", () => {
  const page = (masthead: string, notice: string, under = 'Subscribe'): string =>
    [
      masthead, under, 'Newsletters', 'Retail', 'Tech', '',
      'A mall chain is turning empty department stores into climbing gyms', 'Noor Halvorsen', 'Dec 4, 2026, 5:02 AM ET', '',
      'When the last department store at a suburban mall closed last year, its owner had a huge empty box and no retailer willing to take it.',
      '', 'Now the space holds climbing walls, a café and a shop, and on a weekday morning in November most of the walls were busy.',
      '', 'The landlord plans to open two more such gyms next year, its chief operating officer said.',
      '', 'Contact Us', 'Sitemap', notice,
    ].join('\n');

  it('is the source', () => {
    // A Business Insider-like notice holds "Insider Inc.": the story had had no source.
    expect(sourceOf(page('Lagoon Insider', 'Copyright © 2026 Insider Inc. All rights reserved.'))).toBe('Lagoon Insider');
  });

  it("is none when the company is a menu's word", () => {
    expect(sourceOf(page('Lagoon Business', 'Copyright © 2026 Business Ltd. All rights reserved.', 'Markets'))).toBeNull();
    // Over a subscribe link the masthead is read as such (site-header.ts mastheadOverAccountLinks).
    expect(sourceOf(page('Lagoon Business', 'Copyright © 2026 Business Ltd. All rights reserved.'))).toBe('Lagoon Business');
  });
});

describe("the site's initials under the reader's account and search links", () => {
  const page = (header: readonly string[]): string =>
    [
      ...header, 'Home', 'Latest News', 'India', 'Cities', '',
      'Harbourpur: civic body to plant 4,000 trees along the sea-front road', 'Species native to the coast were chosen after a survey', 'By Aarav Kulkarni, Harbourpur', 'Updated on: Dec 04, 2026 08:31 am IST', '',
      'The municipal corporation will plant around 4,000 trees along the sea-front road over the next three months, officials said on Friday.',
      '', 'The civic body said it had chosen species that grow naturally along the coast after a survey by a botanical institute.',
      '', 'The trees will be planted in stretches of about 400 metres at a time so that the promenade stays open to walkers.',
      '', 'About us', 'Contact us', 'Copyright © HB Digital Streams Ltd. All Rights Reserved.',
    ].join('\n');

  it("is the source when the notice's company opens with them", () => {
    // The first account link had been asked for the site's name, and the story had had no source.
    expect(sourceOf(page(['Sign in', 'Explore', 'Search', 'HB']))).toBe('HB');
  });

  it("is the source under a menu's heading alone, a page word as \"Menu\" is", () => {
    expect(sourceOf(page(['Navigation', 'HB']))).toBe('HB');
  });

  it('is none under another line', () => {
    expect(sourceOf(page(['Sign in', 'Sign up', 'Search', 'HB']))).toBeNull();
  });
});

describe("a Japanese paper's name in the header", () => {
  const page = (top: readonly string[], provider: string, lede: string): string =>
    [
      ...top, '',
      '港湾市の酒蔵、雪室で熟成させた酒を初出荷', '12/4(金) 10:32配信', 'コメント8件', provider, '',
      lede,
      '雪室は冬に集めた雪で室内を一年中低い温度に保つ仕組みだ。',
      '県内の酒販店などで販売する。',
      '最終更新:12/4(金) 11:02', provider, 'プライバシーポリシー', '© Harbourline Corporation',
    ].join('\n');

  it("is the source on a Japanese portal's page, the provider under the date line", () => {
    // The story had had no source: no Latin outlet's word names a Japanese paper.
    expect(sourceOf(page(['港湾ニュース', 'トップ', '国内'], '港湾日報', '港湾市の酒蔵は4日、雪室で半年間熟成させた日本酒を初めて出荷した。'))).toBe('港湾日報');
  });

  it("is none on a Chinese page, whose menu's 新聞 is news: the site its notice holds is the source", () => {
    const chinese = [
      '港灣網', '即時新聞', '港聞', '', '港灣市酒廠首推雪室熟成清酒', '2026年12月4日 10:32', '即時新聞', '',
      '港灣市一間酒廠4日首次推出在雪室中熟成半年的清酒。', '雪室利用冬季收集的積雪，全年保持低溫。', '清酒將在市內酒舖出售。', '港灣網版權所有',
    ];
    expect(sourceOf(chinese.join('\n'))).toBe('港灣網');
  });
});

describe("the masthead under the header's skip links", () => {
  const page = (header: readonly string[], footer: readonly string[]): string =>
    [
      ...header, 'News', 'Politics', 'Business', 'Opinion', '',
      'County board approves ferry subsidy for winter crossings', 'By Wendell Ashgrove', 'Dec. 3, 2026 5:30 am ET', '',
      'The county board voted on Wednesday to pay for two extra ferry crossings a day through the winter months.',
      '', 'Residents of the islands had asked for the crossings after storms cancelled several sailings last year.',
      '', 'The subsidy will cost about $400,000 and will be reviewed in the spring, the board said.',
      '', ...footer,
    ].join('\n');
  const company = '© 1998 - 2026 Lakemark Media Inc. | All Rights Reserved.';

  it("is the site line when it is an outlet's name under a row of skip links and the header's links", () => {
    // A row of skip links, an editions' select and the account links over a paper's name: the first skip link had been asked for the
    // site's name, and the story had had no source.
    const header = ['Skip to Main Content', 'Skip to Search', 'Skip to...', 'Select', 'Subscribe', 'Sign In', 'The Harbour Journal'];
    expect(sourceOf(page(header, ['About Us', 'Copyright ©2026 Northwind & Company, Inc.']))).toBe('The Harbour Journal');
    // The reader's own page is no masthead.
    expect(sourceOf(page(['Skip to content', 'Sign In', 'My Harbour Journal'], ['About Us', 'Copyright ©2026 Northwind & Company, Inc.']))).toBeNull();
  });

  it('is the site line right under the skip links when the page repeats it alone only after the article, its footer\'s logo', () => {
    expect(sourceOf(page(['Skip to content', 'The Ridge', 'Menu'], ['Most Popular', 'The Ridge', '400 Harbor Street NW, Suite 610, Washington, DC 20005', company]))).toBe('The Ridge');
    // After a bare ©, the footer's notice without a year (WELT-like): its name, whoever holds a notice.
    expect(sourceOf(page(['Zum Inhalt springen', 'KANTE', 'Menü'], ['Impressum', 'Datenschutz', '© KANTE']))).toBe('KANTE');
    // Under the header's other links, or repeated in the header too, it is a menu's item as often.
    expect(sourceOf(page(['Skip to content', 'Search for:', 'The Ridge', 'Menu'], ['Most Popular', 'The Ridge', company]))).toBeNull();
    expect(sourceOf(page(['Skip to content', 'The Ridge', 'Menu', 'The Ridge'], ['Most Popular', 'The Ridge', company]))).toBeNull();
  });
});

/** A page with the given header and footer lines around one invented story, a caption maybe under its date line. */
const harbourPage = (header: readonly string[], footer: readonly string[], caption?: string): string =>
  [
    ...header, 'News', 'Politics', 'Business', 'Opinion', '',
    'Harbour council votes to keep the night ferry running through March', 'By Odile Marchetti', 'Dec. 3, 2026 5:30 am ET', '',
    ...(caption === undefined ? [] : [caption, '']),
    'The harbour council voted on Wednesday to keep the night ferry running through March, reversing a plan to stop it after the holidays.',
    '', 'Shift workers at the port had asked for the ferry after the last bus to the islands was cut in the autumn.',
    '', 'The extra sailings will cost about $250,000 and will be reviewed in the spring, the council said.',
    '', ...footer,
  ].join('\n');

describe("the site's name as a notice holds it, and the header's lines over it", () => {

  it('is the line under the skip links that the notice holds by its name in full, before a line its first words open', () => {
    // The notice's holder opens with the masthead (the skip link had been the site line, and the story had had no source).
    expect(sourceOf(harbourPage(['Skip to main content', 'The Harbour Ledger', 'Subscribe', 'Log in'], ['Contact', '© Copyright 2026 The Harbour Ledger Inc. All rights reserved.']))).toBe('The Harbour Ledger');
    expect(sourceOf(harbourPage(['Aller au contenu principal', 'Menu', 'Rechercher', '40 Secondes'], ['Contact', 'Tous droits réservés © 40 Secondes 2026']))).toBe('40 Secondes');
    // The paper's show under the skip links, repeated in the footer, had been the source: the notice holds the paper's name.
    const show = harbourPage(['Skip to main content', 'Harbour Ledger Today', 'Sections', 'Search', 'Harbour Ledger', 'Log In'], ['Harbour Ledger Today', 'Privacy Policy', '©2026 Harbour Ledger Media Partners, LLC']);
    expect(sourceOf(show)).toBe('Harbour Ledger');
  });

  it("reads a notice after the site's address, and the masthead its company's name opens with", () => {
    const footer = ['Site Map', 'Harbourmonthly.com Copyright (c) 2026 by The Harbour Monthly Group. All Rights Reserved.'];
    expect(sourceOf(harbourPage(['Skip to content', 'Site Navigation', 'The Harbour Monthly', 'Popular'], footer))).toBe('The Harbour Monthly');
  });

  it("reads \"Derechos reservados\" without \"Todos los\" before the ©", () => {
    expect(sourceOf(harbourPage(['Lagunario', 'Últimas noticias', 'Policía'], ['Contacto', 'Derechos reservados © Lagunario Diario, S.A. de C.V. 2026']))).toBe('Lagunario');
  });

  it("passes over a home link that names nothing (\"The homepage\") for the logo under it", () => {
    const header = ['Skip to main content', 'The homepage', 'Wrenfold', 'Wrenfold logo', 'Explainers'];
    expect(sourceOf(harbourPage(header, ['Masthead', 'About Us', '© 2026 Wrenfold Media, LLC. All Rights Reserved']))).toBe('Wrenfold');
  });

  it("is the footer's logo a notice's company is named for, its company's words after it", () => {
    const footer = ['Harbourcrunch', 'Staff', 'Contact Us', 'Site Map', '© 2026 Harbourcrunch Media LLC.'];
    expect(sourceOf(harbourPage(['Latest', 'AI', 'Apps', 'Climate'], footer))).toBe('Harbourcrunch');
    // The company's own name is no logo.
    expect(sourceOf(harbourPage(['Latest', 'AI', 'Apps', 'Climate'], ['Lagoonside Media', 'Jobs', '© 2026 Lagoonside Media, LLC']))).toBeNull();
  });

  it("passes over the editions' and the e-paper's links over the masthead", () => {
    const footer = ['Download The Harbour Times app for the day\'s markets and news.', 'Copyright © 2026 Northwind, Grey & Co. Ltd.'];
    expect(sourceOf(harbourPage(['English Edition', 'E-Paper', 'The Harbour Times', 'Home'], footer))).toBe('The Harbour Times');
  });

  it("is the site's address over the page, not a company its notice holds by its Media", () => {
    expect(sourceOf(harbourPage(['Polder.nl', 'Algemeen', 'Net binnen'], ['Over Polder.nl', 'Privacy', '© 2026 Waddel Media']))).toBe('Polder.nl');
  });

  it("is a masthead with its tagline after a dash over the publisher's company alone on a line", () => {
    expect(sourceOf(harbourPage(['harbour-online - Nachrichten für den Norden', 'Suche', 'Menü öffnen'], ['Impressum', 'Harbour Digital Publishing GmbH']))).toBe('harbour-online');
    // A section's line before a score is no masthead and tagline.
    expect(sourceOf(harbourPage(['Basketball - M: Harbour State 64, Lagoon 65', 'Scores'], ['Impressum', 'Harbour Digital Publishing GmbH']))).toBeNull();
    // A masthead of two words or three is one when it names an outlet ("Mirror"): a paper's name and its country's tagline over its
    // publisher's notice. A name and a post after a dash name none.
    const notice = ['Top Stories', 'Copyright © 2026 Lagoon Newspapers Ltd. All rights reserved.'];
    expect(sourceOf(harbourPage(['Harbour Mirror - Lagoonia Latest Breaking News and Headlines', 'Home', 'News'], notice))).toBe('Harbour Mirror');
    expect(sourceOf(harbourPage(['Dana Reyes - Harbour Science Contributor', 'Home', 'News'], notice))).toBeNull();
  });

  it("is the masthead a caption's credit gives after the photographer and a slash", () => {
    const caption = 'Ferry passengers wait on the pier at night. Jean Harbour / Le Lagon';
    const text = harbourPage(['Passer au contenu principal', 'Le Lagon', 'Menu', 'Rechercher'], ['Le Lagon', 'Mentions légales', 'Toute reproduction interdite'], caption);
    expect(sourceOf(text)).toBe('Le Lagon');
  });
});

describe("the masthead over the header's account links, a domain's name in words, a notice's opening words", () => {

  it("is the masthead set over the header's subscribe and sign-in links, whoever the page's notice holds", () => {
    // Named by no other line, over a notice or a company naming another: the stories had had no source.
    expect(sourceOf(harbourPage(['Harbour Monitor', 'Sunday, December 6, 2026', 'Subscribe', 'Sign In'], ['About Us', '© 2026 Northwind Media Group. All rights reserved.']))).toBe('Harbour Monitor');
    expect(sourceOf(harbourPage(['LA LAGUNA', 'Abbonati', 'Accedi'], ['Privacy', 'Lagoon News Network S.p.A.']))).toBe('LA LAGUNA');
    expect(sourceOf(harbourPage(['Wrzosowisko', 'Zaloguj się', 'Subskrybuj'], ['Kontakt', '© 2026 Wrzos Media SA']))).toBe('Wrzosowisko');
    // "S.L.U." is a company's legal form (chrome/copyright.ts LEGAL_FORMS).
    expect(sourceOf(harbourPage(['EL FARO', 'Menú', 'Buscar', 'Suscríbete', 'Iniciar sesión'], ['Aviso legal', 'Lagoon Editorial Información General, S.L.U.']))).toBe('EL FARO');
    // In the case a caption's credit writes it: the capitals are the masthead's type.
    const credit = 'Barca no cais do porto — Foto: Hermes Lima/Agência O Lago';
    expect(sourceOf(harbourPage(['O LAGO', 'Assine', 'Entrar'], ['Mais lidas', '© 1996 - 2026. Todos direitos reservados a Editora Lagoa S/A.'], credit))).toBe('O Lago');
  });

  it('or a subscribe link right under it, over a notice with no ©', () => {
    expect(sourceOf(harbourPage(['The Harbour Scot', 'Subscribe'], ['Sign up', 'Harbour World Publishing Ltd. All rights reserved.']))).toBe('The Harbour Scot');
  });

  it("is none with no notice, under a menu's item, or an account's or an outlet's word alone", () => {
    expect(sourceOf(harbourPage(['LA LAGUNA', 'Abbonati', 'Accedi'], ['Privacy', 'Cookie policy']))).toBeNull();
    expect(sourceOf(harbourPage(['LA LAGUNA', 'Cronaca', 'Accedi'], ['Privacy', 'Lagoon News Network S.p.A.']))).toBeNull();
    expect(sourceOf(harbourPage(['Register', 'Sign In'], ['Privacy', '© 2026 Harbour Media Group. All rights reserved.']))).toBeNull();
  });

  it("gives the masthead whose words the notice's address runs together, not the address", () => {
    // The address had been the source, the page's name in words over it.
    expect(sourceOf(harbourPage(['The Harbour Star', 'Skip to main content', 'Subscribe'], ['Privacy Policy', '© 2026 theharbourstar.net | All rights reserved']))).toBe('The Harbour Star');
    expect(sourceOf(harbourPage(['The Lagoon Post', 'E-PAPER', 'Login'], ['Contact Us', '© 2026 www.lagoonpost.com All rights reserved.']))).toBe('The Lagoon Post');
    // Other words: the address.
    expect(sourceOf(harbourPage(['The Harbour Stars', 'Skip to main content'], ['Privacy Policy', '© 2026 theharbourstar.net | All rights reserved']))).toBe('theharbourstar.net');
  });

  it("is the masthead a company's notice opens with a menu's word and the next", () => {
    // "Premium" alone is a menu's word; the story had had no source.
    expect(sourceOf(harbourPage(['Premium Harbour Nigeria', 'Home'], ['Contact Us', '© 2026 Premium Harbour Services Limited. All rights reserved.']))).toBe('Premium Harbour Nigeria');
    expect(sourceOf(harbourPage(['Premium Harbour Nigeria', 'Home'], ['Contact Us', '© 2026 Premium Lagoon Services Limited. All rights reserved.']))).toBeNull();
  });

  it("is the masthead a notice holds without the masthead's word for a daily paper", () => {
    // "<daily> <name>" over "All rights © 2026 <name> Media Group", in Urdu: the story had had no source.
    expect(sourceOf(harbourPage(['روزنامہ بندر', 'تازہ ترین'], ['ہمارے بارے میں', 'جملہ حقوق © 2026 بندر میڈیا گروپ']))).toBe('روزنامہ بندر');
    expect(sourceOf(harbourPage(['روزنامہ بندر', 'تازہ ترین'], ['ہمارے بارے میں', 'جملہ حقوق © 2026 ساحل میڈیا گروپ']))).toBeNull();
  });
});

describe("the paper an e-paper's folio names", () => {
  const epaper = (folio: string): string =>
    [
      'HARBOUR', 'Week of December 3 - 9, 2026', 'NEWS', 'Page 7',
      'Parents in Lagoon Point ask for a school of their own', 'Story: Meri Tawali', '',
      'Parents in Lagoon Point have asked the provincial government to build a primary school in their ward, the nearest being an hour away on foot.',
      'The ward committee said it had set aside a block of land beside the church for the school.',
      'An education officer said the request would be looked at in the new year, and a school could open in 2028 if it was approved.',
      folio,
    ].join('\n');

  it("is the masthead the folio at the printed page's foot names between its page and its date", () => {
    // The e-paper's text repeats the folio under each page: the story had had no source.
    expect(sourceOf(epaper('Page 7 - HARBOUR - Week of December 3 - 9, 2026'))).toBe('HARBOUR');
  });

  it('is none when the folio names another paper, or when the line has no page number', () => {
    expect(sourceOf(epaper('Page 7 - LAGOON - Week of December 3 - 9, 2026'))).toBeNull();
    expect(sourceOf(epaper('HARBOUR - Week of December 3 - 9, 2026'))).toBeNull();
  });
});

describe("the footer's logo named as an outlet by the brand the masthead and the notice share", () => {
  it("is the logo's name when the masthead and the notice's holder open with its first word", () => {
    // The masthead over the menu, the footer's "… News" over the publisher's notice: the story had had no source.
    expect(sourceOf(harbourPage(['Harbour Tonga', 'Home'], ['Harbour News', 'About Us', '© 2026 Harbour Pacific. All rights reserved.']))).toBe('Harbour News');
  });

  it('is none with two such lines, or a notice or a masthead of another brand', () => {
    expect(sourceOf(harbourPage(['Harbour Tonga', 'Home'], ['Harbour News', 'Harbour Herald', '© 2026 Harbour Pacific. All rights reserved.']))).toBeNull();
    expect(sourceOf(harbourPage(['Harbour Tonga', 'Home'], ['Harbour News', 'About Us', '© 2026 Lagoon Pacific. All rights reserved.']))).toBeNull();
    expect(sourceOf(harbourPage(['Lagoon Tonga', 'Home'], ['Harbour News', 'About Us', '© 2026 Harbour Pacific. All rights reserved.']))).toBeNull();
    // An article is no brand.
    expect(sourceOf(harbourPage(['Die Lagune Heute', 'Home'], ['Die Harbour Post', 'Impressum', '© 2026 Die Pacific Gruppe. Alle Rechte vorbehalten.']))).toBeNull();
  });
});

describe("the site's name in full a footer line gives for the masthead's short form", () => {
  it("is the footer's name whose initials the masthead is, or whose first word or words run together the masthead's address names", () => {
    // A Norwegian paper's initials over its menu, its name alone in the footer; a Danish paper's address over its menu: the stories had
    // had no source.
    expect(sourceOf(harbourPage(['HL', 'Nyheter', 'Abonner'], ['Personvern', 'Harbour Lagune', 'Cookie-innstillinger']))).toBe('Harbour Lagune');
    expect(sourceOf(harbourPage(['harbours.dk', 'Nyheder', 'Log ind'], ['Harbours Stiftstidende', 'Kontakt']))).toBe('Harbours Stiftstidende');
    expect(sourceOf(harbourPage(['harbourleader.com', 'Nyheder'], ['Harbour Leader', 'Kontakt']))).toBe('Harbour Leader');
  });

  it('is none for another name, two such lines, or a name over the article', () => {
    expect(sourceOf(harbourPage(['HL', 'Nyheter', 'Abonner'], ['Personvern', 'Lagoon Harbour', 'Cookie-innstillinger']))).toBeNull();
    expect(sourceOf(harbourPage(['HL', 'Nyheter', 'Abonner'], ['Harbour Lagune', 'Hjem Lokalt', 'Kontakt']))).toBeNull();
    expect(sourceOf(harbourPage(['harbours.dk', 'Nyheder', 'Log ind'], ['Harbour Stiftstidende', 'Kontakt']))).toBeNull();
    // A footer's link of the address's name and more words ("Harbourleader Top Jobs") is a section's.
    expect(sourceOf(harbourPage(['harbourleader.com', 'Nyheder'], ['Harbourleader Top Jobs', 'Kontakt']))).toBeNull();
  });
});

describe("a masthead in another script than its notice's, or with its word for a paper", () => {
  it("is the Cyrillic masthead whose Latin letters open the notice's holder", () => {
    // A Serbian paper's masthead over its menu (the section of the same name among it), its publisher's notice in Latin letters: the
    // story had had no source.
    expect(sourceOf(harbourPage(['Лукоморје', 'Почетна', 'Лукоморје', 'Свет'], ['Импресум', 'Copyright © Lukomorje Newspapers and Magazines d.o.o.']))).toBe('Лукоморје');
    expect(sourceOf(harbourPage(['Журнал Гавани', 'Главная'], ['Контакты', '© 2026 Zhurnal Gavani Media Ltd.']))).toBe('Журнал Гавани');
  });

  it('is none when the Latin letters spell another name', () => {
    expect(sourceOf(harbourPage(['Лукоморје', 'Почетна', 'Свет'], ['Импресум', 'Copyright © Lukomorska Newspapers and Magazines d.o.o.']))).toBeNull();
    expect(sourceOf(harbourPage(['Лука', 'Почетна', 'Свет'], ['Импресум', 'Copyright © Lukas Media d.o.o.']))).toBeNull();
  });

  it("is a masthead ending with its word for a paper that another line names again", () => {
    // A Bengali paper's masthead ("<name> Patrika") over its menu, repeated in its footer over its company's notice in Bengali: no source.
    expect(sourceOf(harbourPage(['বন্দর পত্রিকা', 'কলকাতা', 'খেলা'], ['বন্দর পত্রিকা', 'যোগাযোগ', '© ২০২৬ নোঙর প্রাইভেট লিমিটেড']))).toBe('বন্দর পত্রিকা');
    expect(sourceOf(harbourPage(['बंदर पत्रिका', 'होम'], ['बंदर पत्रिका', 'संपर्क']))).toBe('बंदर पत्रिका');
    // Named once, or without the word for a paper: none.
    expect(sourceOf(harbourPage(['বন্দর পত্রিকা', 'কলকাতা', 'খেলা'], ['যোগাযোগ', '© ২০২৬ নোঙর প্রাইভেট লিমিটেড']))).toBeNull();
    expect(sourceOf(harbourPage(['বন্দর কলকাতা', 'খেলা'], ['বন্দর কলকাতা', 'যোগাযোগ']))).toBeNull();
  });
});

describe("the masthead a footer's sentence about the site opens with a year", () => {
  // The story's tags and its comments' links close the article.
  const closing = ['Tags: ferries, council', '4 comments', 'Log in to comment.'];
  it('is the masthead over the page that a sentence after the article opens with, a year in it', () => {
    // A small magazine's footer says since when it appears, its only notice: the stories had had no source.
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Independent monthly about the bay'], [...closing, 'Lagoon Leaf has appeared since 2004.', 'Contact']))).toBe('Lagoon Leaf');
    expect(sourceOf(harbourPage(['Hafenblatt', 'Startseite'], [...closing, 'Hafenblatt erscheint seit 1952 jeden Samstag.', 'Impressum']))).toBe('Hafenblatt');
  });

  it('is none without a year, over the article, after another name, or under a capitalised word', () => {
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Independent monthly about the bay'], [...closing, 'Lagoon Leaf is read in forty countries.', 'Contact']))).toBeNull();
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Lagoon Leaf has appeared since 2004.'], ['Contact']))).toBeNull();
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Independent monthly about the bay'], [...closing, 'Lagoon Leafs have won since 2004.', 'Contact']))).toBeNull();
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Independent monthly about the bay'], [...closing, 'Lagoon Leaf Awards 2026: the winners', 'Contact']))).toBeNull();
  });

  it('is the masthead a footer line opens with before a comma and a description of it, no year needed', () => {
    // A daily's footer calls it what it is under a notice naming nobody ("Tous droits réservés © 2026"): the story had had no source.
    expect(sourceOf(harbourPage(['Écho du Lagon', 'Accueil'], [...closing, 'Écho du Lagon, le journal de la baie', 'Mentions légales', 'Tous droits réservés © 2026']))).toBe('Écho du Lagon');
  });

  it("is none when a capitalised word follows the comma, as in a story's link opening with a place, or the line stands over the article", () => {
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Accueil'], [...closing, 'Lagoon Leaf, Council approves the budget', 'Contact']))).toBeNull();
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Accueil'], [...closing, 'Lagoon Leaf, the Council approves the budget', 'Contact']))).toBeNull();
    expect(sourceOf(harbourPage(['Lagoon Leaf', 'Lagoon Leaf, the journal of the bay'], ['Contact']))).toBeNull();
  });
});

describe("the masthead its publisher's company line repeats with a legal form", () => {
  it("is the masthead, its address's ending left out, that a footer line names with a legal form", () => {
    // An Italian paper's masthead is its address ("<name>.it"), its footer's company line the name and "S.p.A.", its notice naming
    // nobody ("© Riproduzione riservata"): the story had had no source.
    expect(sourceOf(harbourPage(["La Voce Portuale.it", 'Cronaca', 'Sport'], ['Leggi anche', "La Voce Portuale S.p.A.", 'P.IVA 01234567890', 'Privacy', '© Riproduzione riservata']))).toBe('La Voce Portuale.it');
  });

  it('is none when the company line names another name', () => {
    expect(sourceOf(harbourPage(["La Voce Portuale.it", 'Cronaca', 'Sport'], ['Leggi anche', "Editoriale Porto S.p.A.", 'Privacy', '© Riproduzione riservata']))).toBeNull();
  });
});

describe("the masthead the page's last line repeats, the footer's logo", () => {
  it("is the site line repeated alone as the page's last line, after the article, the page printing no notice", () => {
    // A city's page prints its name over its menu and again under its footer's links, and no notice: the story had had no source.
    expect(sourceOf(harbourPage(['Stad Haven', 'Zoeken', 'Menu'], ['Contact', 'Privacy', 'Cookiebeleid', 'Stad Haven']))).toBe('Stad Haven');
  });

  it("is none when the name is repeated over the article too, before another last line, or is a menu's word or a close button", () => {
    expect(sourceOf(harbourPage(['Stad Haven', 'Zoeken', 'Stad Haven'], ['Contact', 'Privacy', 'Stad Haven']))).toBeNull();
    expect(sourceOf(harbourPage(['Stad Haven', 'Zoeken', 'Menu'], ['Contact', 'Stad Haven', 'Privacy']))).toBeNull();
    expect(sourceOf(harbourPage(['Home', 'Zoeken'], ['Contact', 'Privacy', 'Home']))).toBeNull();
    expect(sourceOf(harbourPage(['X', 'Zoeken'], ['Contact', 'Privacy', 'X']))).toBeNull();
  });
});

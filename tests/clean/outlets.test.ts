// The names news organisations sign with (outlets.ts).
import { describe, expect, it } from 'vitest';
import { isOutlet } from '../../src/clean/outlets.js';

describe('isOutlet', () => {
  // A paper named with its word first, then "of" and a place or a day, as French, Spanish, Portuguese and Italian papers are.
  it.each(['Journal De Montréal', 'Le Journal de Québec', 'Diário de Notícias', 'Corriere della Sera', 'La Voz de Galicia', 'Journal du Dimanche', 'Tribune de Genève'])(
    'takes "%s" for an outlet',
    (name) => expect(isOutlet(name)).toBe(true),
  );

  it.each(['Ana de la Cruz', 'Jean de Montréal', 'Journal de bord', 'Journal de Montréal et de Laval', 'Corriere'])('takes "%s" for no outlet', (name) => {
    expect(isOutlet(name)).toBe(false);
  });

  // A broadcaster's sports arm, as the BBC signs under the author's name: it had given no source.
  it.each(['BBC Sport', 'CBS Sports', 'BT Sport'])('takes the sports arm "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));
  // Named by a broadcaster's name or a paper's, not its initials: they had been no outlets.
  it.each(['Sky Sports', 'Fox Sports', 'Telegraph Sport', 'Mirror Sport', 'PA Sport'])('takes the sports arm "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));
  // A school's, a menu's: "UA Sports" had been an outlet.
  it.each(['UA Sports', 'LSU Sports', 'Local Sports', 'Other Sports', 'Breaking News Sports', 'Fantasy Sports'])('takes "%s" for no outlet', (name) => expect(isOutlet(name)).toBe(false));

  // A site's section named by a place or a language, in its menus and breadcrumbs: "India News" had been the story's source.
  it.each(['India News', 'UK News', 'Hindi News', 'Middle East News', 'UK Sport', 'US Sports', 'HS Sports', 'College Sports'])('takes the section "%s" for no outlet', (name) => {
    expect(isOutlet(name)).toBe(false);
  });
  // A section named by a US state or a topic no outlet is named by: they had been outlets.
  it.each(['Texas News', 'New Mexico News', 'Auto News', 'Celebrity News', 'Real Estate News', 'Related News', 'More Entertainment News'])('takes the section "%s" for no outlet', (name) => {
    expect(isOutlet(name)).toBe(false);
  });
  it.each(['Gulf News', 'Arab News', 'Sky News', 'NDTV News', 'NT News', 'Daily News', 'Automotive News', 'Texas Tribune'])('still takes "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));

  // Papers named by a ledger, a spectator, a watchman, a citizen, a clarion: they had been no outlets.
  it.each(['Riverbend Ledger', 'The Star-Ledger', 'The Harbour Spectator', 'Cape Argus', 'Ottawa Citizen', 'The Citizen', 'Clarion'])('takes "%s" for an outlet', (name) =>
    expect(isOutlet(name)).toBe(true),
  );
  // A surname, a device, a party's member end them as often: those words are no outlet's.
  it.each(['Samantha Bee', 'Gaming Monitor', 'Phone Recorder', 'Liberal Democrat'])('takes "%s" for no outlet', (name) => expect(isOutlet(name)).toBe(false));

  // Britain's Echo papers.
  it.each(['The Northern Echo', 'Harbour Echo'])('takes "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));
  // A station's call sign with its service: a station's notice had named no outlet. The letters alone name none.
  it.each(['KWXR-TV', 'WQRT-FM', 'CFTO-TV'])('takes the call sign "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));
  it.each(['KWXR', 'KPMG', 'COVID-19', 'WXR-TVS'])('takes "%s" for no outlet', (name) => expect(isOutlet(name)).toBe(false));

  // Papers named their sites so ("From Times Online" over the date line had been the author).
  it.each(['Times Online', 'Guardian Unlimited', 'Harbour Telegraph Online', 'SBS ONLINE'])('takes the online arm "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));
  it.each(['Cars Online', 'News Online', 'Sports Unlimited', 'Jane Online'])('takes "%s" for no outlet', (name) => expect(isOutlet(name)).toBe(false));

  // A public broadcaster's news service, its name and its language's word for news: Yle's masthead had named no outlet.
  it.each(['Yle Uutiset', 'SVT Nyheter', 'NRK Nyheter', 'RTBF Info'])('takes "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));
  it.each(['Yle Urheilu', 'Helsinki Uutiset', 'Uutiset'])('takes "%s" for no outlet', (name) => expect(isOutlet(name)).toBe(false));
  // South Africa's public broadcaster by its initials: its radio station's notice "© 2026 SABC." had named no outlet.
  it.each(['SABC', 'SABC News', 'SABC Sport'])('takes "%s" for an outlet', (name) => expect(isOutlet(name)).toBe(true));

  // A paper named by an outlet word joined to another word, after "The" or a place: its notice had named no outlet.
  it.each(['Harbourville News-Sun', 'The Harbour Press-Enterprise', 'Lagoon Herald-Leader', 'The Times-Courant'])('takes "%s" for an outlet', (name) =>
    expect(isOutlet(name)).toBe(true),
  );
  // Alone, or joined to a word in lower case, it is a prefix's ("Post-Election"), no paper's.
  it.each(['Post-Election', 'Press-Enterprise', 'Harbour Post-election'])('takes "%s" for no outlet', (name) => expect(isOutlet(name)).toBe(false));
});

// Windows-1252 is Latin-1 except for 0x80-0x9F: €, curly quotes, dashes. Node 20.18.3+ decodes that
// block as Latin-1 C1 controls (nodejs/node#60888), so ingest maps it with this table; HTML reads a
// numeric reference in that range (`&#146;`) through it too. The five code points Windows-1252 leaves
// undefined keep their C1 value, as WHATWG says.
export const WINDOWS_1252_80_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

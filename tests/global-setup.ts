// End-to-end tests spawn the built CLI (node dist/cli.js): built before any test starts, unless current.
export { buildDist as default } from '../scripts/build-dist.js';

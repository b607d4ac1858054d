import { isFirstPersonBio } from '../../../src/clean/chrome/authors.js';
import { describeLineTest } from '../line-cases.js';

describeLineTest(
  'isFirstPersonBio: an author box written in the first person',
  isFirstPersonBio,
  ['I am a writer, journalist, professor and entrepreneur, not always in that order.', "I'm a senior reporter covering energy and climate.", 'I cover the business of sport for Forbes.'],
  ['I am a nurse, and last winter I worked 60 hours a week.', 'I was a reporter for ten years before I joined the council.', "I’m a two-time marathon runner, a mother of three, and a volunteer coach."],
);

/** The advice in English (the default). */
import { quote, type AdviceWords } from './advice.js';

const unit = (syllables: boolean) => (syllables ? 'syllables' : 'words');

export const ENGLISH_ADVICE: AdviceWords = (finding) => {
  switch (finding.code) {
    case 'unhelpful-alt':
      return `The picture description ${quote(finding.alt)} does not say what the picture shows. People who cannot see it hear only this. Describe what matters in it, for example “The Log in button at the bottom of the screen”.`;
    case 'long-sentence': {
      const u = unit(finding.syllables);
      return `The sentence ${quote(finding.sentence)} has ${finding.count} ${u}. Long sentences are hard to keep in mind while looking at a phone, especially for older readers. Split it into sentences of at most about ${finding.limit} ${u}.`;
    }
    case 'long-text': {
      const u = unit(finding.syllables);
      return `This step's text has ${finding.count} ${u}. A long text on one screen makes readers scroll and lose their place. Keep it under about ${finding.limit} ${u}: move the rest to another step or to a tip.`;
    }
    case 'several-actions':
      return 'This step asks for more than one action. A reader who does one thing per screen, then presses Next, is less likely to skip one. Split it into one step per action.';
    case 'unexplained-abbreviation':
      return `“${finding.word}” is used without saying what it stands for. Many readers, older ones especially, do not know abbreviations. Write it out the first time, with the abbreviation after it in brackets, or ask the portal's developers to add it to the abbreviations its citizens know.`;
  }
};

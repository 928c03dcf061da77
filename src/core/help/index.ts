/**
 * Help hand-off without a DOM: reference codes a citizen reads to a helper, whether a channel is
 * open now, and safe links for each channel. `<gp-help>` is built on these; a helper's own
 * screen can use `decodeReference()` to show the citizen's step.
 *
 * @packageDocumentation
 */
// Making a code (`code.ts`) apart from reading one back (`reference.ts`): a walkthrough or a
// tour needs only the first.
export { encodeReference, referencePrefix, referenceStepLimit } from './code.js';
export type { ReferenceInfo, ReferenceTutorial } from './code.js';
export { formatReference, normalizeReference } from './code-text.js';
export { decodeReference, lookUpReference } from './reference.js';
export type { ReferenceLookup, ReferenceProblem } from './reference.js';
export { explainReference, spokenReference } from './lookup.js';
export type { ReferenceExplanation } from './lookup.js';
export { describeStatus, openingStatus } from './hours.js';
export type { OpeningStatus, StatusDescription, WeekTime } from './hours.js';
export { channelHref, groupPhoneNumber } from './links.js';
export { spokenGroups } from './spoken.js';
export type { ChannelLinkOptions } from './links.js';
// For the elements (not re-exported by the package): which channels to list, and their opening text.
export { listChannels } from './channels.js';
export type { HelpLike, HelpSource, ListedChannel } from './channels.js';
export { openingText, weekdayName, clockTime, intlLocale } from './opening-text.js';
export type { OpeningText } from './opening-text.js';
export { helpProblems } from './problems.js';

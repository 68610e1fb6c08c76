import { describe, expect, it } from 'vitest';
import { boilerplateRule, isBoilerplate, stripBoilerplate } from './boilerplate.js';

describe('boilerplateRule', () => {
  it.each([
    ['Media caption,', 'media-caption-label'],
    ['Media caption, Watch: lawyers outside the court in The Hague', 'media-caption'],
    ['Image source,', 'image-label'],
    ['Image source, Getty Images', 'image-caption'],
    ['Image caption, Families wait for a train at the border crossing', 'image-caption'],
    ['Getty Images', 'credit-only'],
    ['AFP via Getty Images', 'credit-only'],
    ['Photo: Reuters', 'credit-only'],
    ['Olena Petrenko/AFP/Getty Images', 'credit-only'],
    ['A firefighter sprays water on a burning warehouse in Odesa. (Photo: Ivan Example)', 'photo-credit-parenthesis'],
    ['(Photo: city council press office)', 'photo-credit-parenthesis'],
    ['Volunteers unload boxes of medicine in Lviv. Jan Example / AP / TASS', 'photo-credit-agency'],
    ['A train leaves the station in Kharkiv. Photograph: Olga Example/Reuters', 'photo-credit-agency'],
    ['Credit: Sam Example / Getty Images', 'photo-credit-agency'],
    ['A view of the damaged bridge. Kim Example / Kyiv Daily / Press Pool', 'photo-credit-slashes'],
    ['Support The Moscow Times!', 'support-appeal'],
    ['Support independent journalism from Kyiv today.', 'support-journalism'],
    ['Sign up for our free morning briefing', 'sign-up'],
    ['Sign up to get the headlines delivered to your inbox every day.', 'sign-up'],
    ['Get our weekly newsletter on European politics.', 'newsletter'],
    ['Read more', 'read-more'],
    ['READ MORE:', 'read-more'],
    ['Read more: Court sets date for next hearing', 'read-more-link'],
    ['Read more about the refugee crisis', 'read-more-about'],
    ['Read or Share this story: https://example.com/x1', 'read-or-share'],
    ['Continue reading the main story', 'continue-reading'],
    ['Continue reading...', 'continue-reading'],
    ['Russia attacks Ukraine: More coverage', 'more-coverage'],
    ['War in Europe: more on this story', 'more-coverage'],
    ['Related Stories', 'related-header'],
    ['Watch: Inside a shelter under the Kharkiv metro', 'watch-teaser'],
    ['WATCH | Residents return to a damaged suburb', 'watch-teaser'],
    ['Close Get email notifications on Jane Example daily!', 'email-notifications'],
    ['We use cookies to improve your experience. By continuing you agree to our cookie policy.', 'cookie-notice'],
    ['Accept all cookies', 'cookie-notice'],
    ['Already a subscriber?', 'subscription'],
    ['Subscribe to our newsletter for daily updates.', 'subscription'],
    ['You have reached your free article limit for this month.', 'subscription'],
    ['AFP contributed reporting.', 'contributed-reporting'],
    ['Reuters and the Associated Press contributed to this report', 'contributed-reporting'],
    ['Reporting by Jane Example; Editing by John Example', 'reporting-by'],
    ['Advertisement', 'advertisement'],
    ['https://example.com/news/2022/03/02/story', 'bare-url'],
    ['www.example.org', 'bare-url'],
  ])('%s -> %s', (paragraph, rule) => {
    expect(boilerplateRule(paragraph)?.name).toBe(rule);
  });

  it.each([
    // Reporting that merely contains a trigger word.
    'Support for new sanctions has grown across the European Union, diplomats said.',
    'Support The Troops Rally Draws Thousands in Warsaw',
    'Readers of the indictment will find more than 200 pages of evidence.',
    'Read more than 300 pages of testimony, the judge told the jury.',
    'The prosecutor said he would read more of the witness statements in court on Friday.',
    'Continue reading the indictment, the judge told the clerk.',
    'Sign up for military service opened on Monday, the ministry said.',
    'Subscribers to the sanctions regime include Japan and Australia.',
    'Subscribe to the newsletters of outlets you trust. Do not rely on social media for news.',
    'Watchdogs say the figures have not been independently verified.',
    'Bakers in Kharkiv handed out cookies to soldiers, and residents agreed to help.',
    'Officials said the company had contributed reporting tools to the investigation team.',
    'Reporting by the agency found that 400 civilians had been killed.',
    'Talks between Russia/Ukraine Delegations Stall',
    'Getty Images photographers were among the journalists at the scene on Tuesday.',
    'More than 1 million people have fled Ukraine, according to the UN refugee agency.',
    'The website https://example.com was taken offline by the attack, officials said.',
    // A long live-blog paragraph where reporting shares the paragraph with a caption.
    `${'Around 100 civilians were evacuated from the steelworks on Sunday, officials said, and more were expected to leave on Monday if the ceasefire held. '.repeat(3)}Evacuees arrive at a camp. Photograph: Jan Example/Reuters`,
  ])('keeps %s', (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(false);
  });
});

describe('stripBoilerplate', () => {
  it('drops a caption label and the caption after it', () => {
    expect(stripBoilerplate([
      'Media caption,',
      'Lawyers gather outside the court building',
      'The hearing opened on Monday.',
    ])).toEqual(['The hearing opened on Monday.']);
  });

  it('drops an image label, the credit after it, and keeps reporting in order', () => {
    expect(stripBoilerplate([
      'The court met on Monday.',
      'Image source,',
      'Getty Images',
      'Image caption,',
      'Judges in The Hague',
      'Russia did not attend.',
      'Read more',
    ])).toEqual(['The court met on Monday.', 'Russia did not attend.']);
  });

  it('drops empty paragraphs and keeps everything else untouched', () => {
    expect(stripBoilerplate(['  ', 'One.', '', 'Two.'])).toEqual(['One.', 'Two.']);
  });
});

/**
 * The editor help of the tutorial format: what content editors read as hover text and
 * completion in their editor, by part of the format and field. `scripts/build-schema.mjs` puts
 * it into `schema/tutorial.schema.json`; nothing that runs in a browser imports this file, so
 * no citizen downloads it. The build fails when a field of `schema.ts` has no entry here or an
 * entry names a field the schema does not have (see `json-schema.ts`).
 *
 * A part's description shows where the part stands alone (the file, a list item); a field
 * whose value is a part describes it in its own words there.
 */

/** The help for one field: what it is for and, where it helps, sample values. */
export interface FieldDocs {
  readonly description: string;
  readonly examples?: readonly unknown[];
}

/** The help for one part of the format (an object) and each of its fields. */
export interface PartDocs {
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldDocs>>;
}

/** The help for a text: its plain form and its translations form. */
export interface TextDocs {
  readonly plain: string;
  readonly translations: string;
}

/** The editor help for the whole format. */
export interface SchemaDocs {
  readonly text: TextDocs;
  readonly parts: Readonly<Record<string, PartDocs>>;
}

const MARKDOWN_NOTE =
  ' A little Markdown is allowed: a blank line between paragraphs, **bold**, *italic*, lists with "- " or "1. ", and [links](https://…) to https:, tel: and mailto: addresses.';

const stepReferenceExamples = ['install-app', null];

/** The editor help of format 1, keyed by part (the names of `schema.ts` without `Schema`). */
export const SCHEMA_DOCS: SchemaDocs = {
  text: {
    plain: 'Text in the language of the tutorial ("lang").',
    translations: 'Translations, one per language code, for example { "vi": "Tiếp tục", "en": "Continue" }.',
  },
  parts: {
    Tutorial: {
      description: 'A guidepost tutorial: one file, format 1.',
      fields: {
        $schema: {
          description: 'Where your editor finds this schema, for completion and hover help. guidepost ignores it.',
          examples: ['../node_modules/guidepost/schema/tutorial.schema.json'],
        },
        format: { description: 'The version of the tutorial file format: 1.' },
        id: {
          description:
            'A short name for the tutorial, unique on the portal: lowercase letters (a-z), digits and hyphens. Helpers see it in reference codes.',
          examples: ['vneid-level-2'],
        },
        revision: {
          description:
            'A whole number (1, 2, 3…) you raise when the steps change meaningfully, so saved progress of an older revision is not resumed blindly.',
        },
        lang: {
          description: 'The language of plain (untranslated) texts in this file, as a BCP 47 code.',
          examples: ['vi', 'en', 'hmn'],
        },
        title: {
          description: 'The name of the tutorial, shown at the top.',
          examples: [{ vi: 'Kích hoạt tài khoản định danh mức 2', en: 'Activate a level-2 e-ID account' }],
        },
        summary: { description: 'One or two sentences on what the tutorial helps to do, shown before the first step.' },
        minutes: { description: 'About how many minutes the tutorial takes.', examples: [10] },
        requirements: {
          description: 'What the citizen needs before starting, one text per item.',
          examples: [[{ vi: 'Căn cước có gắn chip', en: 'A chip-based ID card' }]],
        },
        completion: { description: 'What the citizen reads after the last step. Without it, a standard message is shown.' },
        help: { description: 'How the citizen can reach a person for help with this tutorial.' },
        steps: { description: 'The steps, in the order they run unless a step has "choices" or "next".' },
      },
    },
    Step: {
      description: 'One screen of the tutorial: one thing for the citizen to do.',
      fields: {
        id: {
          description:
            'A short name for the step, unique in this tutorial: lowercase letters (a-z), digits and hyphens. "next" and choices use it.',
          examples: ['install-app'],
        },
        title: {
          description: 'What this step asks the citizen to do, shown as its heading. One action per step.',
          examples: [{ vi: 'Cài ứng dụng VNeID', en: 'Install the VNeID app' }],
        },
        body: { description: `The explanation of the step.${MARKDOWN_NOTE}` },
        image: { description: 'A picture that shows the step, such as a screenshot.' },
        audio: {
          description:
            'Recordings of the step read aloud, one per language code, for languages with no voice on the phone: a path relative to the tutorial file, or an https: address. "Read aloud" plays the one in the reader\'s language instead of speaking.',
          examples: [{ hmn: 'audio/step-1.hmn.mp3' }],
        },
        tip: { description: `A helpful hint, shown apart from the body.${MARKDOWN_NOTE}` },
        warning: { description: `Something to be careful about, shown highlighted.${MARKDOWN_NOTE}` },
        choices: {
          description:
            'Answers the citizen picks from, one button each; each leads to its own step. Use "choices" or "next", not both.',
        },
        next: {
          description: 'The id of the step that comes next, or null to finish here. Without it, the next step in the list follows.',
          examples: stepReferenceExamples,
        },
        target: {
          description: 'For in-page tours: a CSS selector for the element of the portal page this step is about.',
          examples: ['#phone-number'],
        },
        advanceOn: { description: 'For in-page tours: move on by itself when the citizen acts on "target".' },
        help: { description: 'Help that applies to this step in particular.' },
      },
    },
    Image: {
      description: 'A picture that shows a step.',
      fields: {
        src: {
          description: 'Where the picture is: a path relative to the tutorial file, or an https: address.',
          examples: ['img/install.png'],
        },
        alt: {
          description: 'What the picture shows, for people who cannot see it. Empty ("") only when "decorative" is true.',
          examples: [{ vi: 'Biểu tượng ứng dụng VNeID trên màn hình điện thoại', en: 'The VNeID app icon on a phone screen' }],
        },
        decorative: {
          description: 'true when the picture adds nothing to the text; screen readers then skip it. Use it with "alt": "".',
        },
        width: { description: 'The width of the picture in pixels, so the page can keep room for it while it loads.' },
        height: { description: 'The height of the picture in pixels, so the page can keep room for it while it loads.' },
      },
    },
    Choice: {
      description: 'One answer button; it leads to its own step.',
      fields: {
        label: { description: 'The text on the button.', examples: [{ vi: 'Có', en: 'Yes' }] },
        next: {
          description: 'The id of the step this choice leads to, or null to finish the tutorial.',
          examples: stepReferenceExamples,
        },
      },
    },
    AdvanceOn: {
      description: "For in-page tours: move on when the citizen acts on the step's target.",
      fields: {
        event: {
          description: 'Which action moves on: "change" (a field was changed), "input" (typing in a field) or "click".',
        },
      },
    },
    Help: {
      description: 'How the citizen can reach a person for help.',
      fields: {
        channels: { description: 'The ways to reach a person, the most useful first.' },
        timezone: { description: 'The time zone of the opening hours, as an IANA name.', examples: ['Asia/Ho_Chi_Minh'] },
      },
    },
    HelpChannel: {
      description: 'One way to reach a person: a hotline, an email address, a ward desk…',
      fields: {
        type: {
          description:
            'How to reach the helper: "phone" (a call), "sms", "email", "chat" or "link" (a web page), "desk" (a place to go in person).',
        },
        label: { description: 'The name of the channel as the citizen sees it.', examples: [{ vi: 'Tổng đài', en: 'Hotline' }] },
        value: {
          description: 'The phone number, email address or https: address; for a desk, its street address.',
          examples: ['1900 0000', 'hotro@example.gov.vn', 'https://dichvucong.gov.vn'],
        },
        map: { description: 'For a desk: an https: link to a map of the place.', examples: ['https://maps.example.org/?q=ward'] },
        hours: { description: 'When the channel is open. Leave it out if it is always open.' },
      },
    },
    OpeningHours: {
      description: 'Opening hours: on these days, from "opens" to "closes".',
      fields: {
        days: {
          description: 'The days these hours apply to: "mo", "tu", "we", "th", "fr", "sa", "su".',
          examples: [['mo', 'tu', 'we', 'th', 'fr']],
        },
        opens: { description: 'Opening time, 24-hour "HH:MM".', examples: ['07:30'] },
        closes: {
          description: 'Closing time, 24-hour "HH:MM", later than the opening time. "24:00" means midnight.',
          examples: ['17:00'],
        },
      },
    },
  },
};

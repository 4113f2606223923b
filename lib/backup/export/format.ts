import { z } from 'zod';
import { storySchema } from '../../story/schema';

// The export's documentation, written into it as README.md: each file and each field. A test
// fails when a field is exported without being described here.

export const exportFormatVersion = 1;

type Field = readonly [name: string, meaning: string];
export interface ExportFile {
  file: string;
  about: string;
  fields: readonly Field[];
}

const time = (what: string) => `${what}: ISO 8601 in UTC ("2026-11-27T02:15:00.000Z")`;
const storyFields: readonly Field[] = [
  ['story', 'The story document as stored: `{"version": 1, "blocks": [...]}`, described by `story.schema.json`. Blocks: paragraph, heading, list, quote, pullQuote, image, readAlso (a card linking to another article by `articleId`), embed, factBox, divider; each has an `id` that paragraph anchors and reader feedback refer to'],
  ['markdown', 'The same story as Markdown (CommonMark). Blocks Markdown cannot express (pictures, Read also cards, embeds, fact boxes, pull quotes) stand as a comment such as `<!-- image b-5: alt text -->`; take them from `story`'],
];
const bylineFields = (key: string): readonly Field[] => [
  [key, 'Ordered bylines'],
  [`${key}[].personId`, 'The person or desk, by `id` in people.ndjson'],
  [`${key}[].slug`, 'Its address name (`/author/<slug>` on the site)'],
  [`${key}[].name`, 'Its name as printed'],
  [`${key}[].type`, '`person` or `desk`'],
];

export const exportFiles: readonly ExportFile[] = [
  {
    file: 'export.json',
    about: 'What this export is: one JSON object.',
    fields: [
      ['format', 'Always `dateline-export`'],
      ['formatVersion', `The version of this format (${exportFormatVersion}); a change that breaks a reader of it changes the number`],
      ['exportedAt', time('When the export was read (one consistent snapshot of the database)')],
      ['publication', 'The publication: `name`, `url` (its public origin), `language`, `timeZone` (article dates and addresses follow this calendar)'],
      ['schemaMigrations', 'The database schema\'s version: the migrations applied, in order'],
      ['counts', 'Lines in each .ndjson file (`articles`, `revisions`, `liveUpdates`, `people`, `feedback`, `media`)'],
      ['missingMedia', 'Pictures the content refers to that the media storage did not have (already missing on the site)'],
    ],
  },
  {
    file: 'articles.ndjson',
    about: 'One article per line, every status (drafts included), in id order.',
    fields: [
      ['id', 'The article\'s number; other files refer to it as `articleId`'],
      ['slug', 'The last part of its address'],
      ['url', 'Its public address while published; null otherwise'],
      ['formerPaths', 'Addresses it had before a rename or a move to another section or date; the site redirects them to `url`'],
      ['section', 'Section slug (`world`, `indonesia`, `business`, …)'],
      ['status', '`draft`, `in_review`, `scheduled`, `published` or `unpublished`'],
      ['language', 'Language code of the text (`en`, `id`)'],
      ['headline', 'The headline'],
      ['dek', 'The summary under the headline; also its description unless `seo.description` is set'],
      ['dateline', 'Where it was reported from'],
      ['dateline.city', 'City'],
      ['dateline.country', 'Country'],
      ['createdAt', time('When it was created')],
      ['modifiedAt', time('Its last change of any kind')],
      ['publishedAt', time('When it was first published; null if never')],
      ['updatedAt', time('Its last meaningful update readers were told of ("Updated …"); null if none')],
      ['scheduledAt', time('When a scheduled article goes live; null if not scheduled')],
      ['live', 'Live coverage: null for an ordinary article; its updates are in live-updates.ndjson'],
      ['live.startedAt', time('When the live coverage started')],
      ['live.endedAt', time('When it ended; null while it runs')],
      ['version', 'How many times it was saved; its revisions are in revisions.ndjson'],
      ...bylineFields('bylines'),
      ['bylines[].organization', 'An agency or organisation printed after the name ("Kyodo News"), or null'],
      ['tags', 'Its tags, in order'],
      ['tags[].slug', 'The tag\'s address name (`/tag/<slug>`)'],
      ['tags[].name', 'The tag as printed'],
      ['hero', 'The picture at the top; null if none'],
      ['hero.src', 'Its address on the site (`/media/<name>`)'],
      ['hero.file', 'Its file in this export (`media/<name>`); see media.ndjson'],
      ['hero.width', 'Width in pixels'],
      ['hero.height', 'Height in pixels'],
      ['hero.alt', 'Alternative text for readers who cannot see it'],
      ['hero.caption', 'Caption printed under it'],
      ['hero.credit', 'Credit printed under it'],
      ['hero.focal', 'The point crops of the picture are centred on'],
      ['hero.focal.x', 'Across, as a fraction of the width (0 left, 1 right)'],
      ['hero.focal.y', 'Down, as a fraction of the height (0 top, 1 bottom)'],
      ['seo', 'Overrides for search engines and share cards'],
      ['seo.title', 'Title instead of the headline; null for the headline'],
      ['seo.description', 'Description instead of the dek; null for the dek'],
      ['corrections', 'Corrections and clarifications appended to it, oldest first'],
      ['corrections[].kind', '`correction` or `clarification`'],
      ['corrections[].text', 'The text printed'],
      ['corrections[].publishedAt', time('When it was appended')],
      ...storyFields,
    ],
  },
  {
    file: 'revisions.ndjson',
    about: 'Every saved version of every article, in the order saved.',
    fields: [
      ['id', 'The revision\'s number'],
      ['articleId', 'The article, by `id` in articles.ndjson'],
      ['version', 'The article\'s `version` this save made'],
      ['savedAt', time('When it was saved')],
      ['savedBy', 'The display name of the account that saved it; null if none (imported, or the account is gone)'],
      ['snapshot', 'The editable fields as saved: `headline`, `dek`, `slug`, `section`, `tags` (names), `bylines` (`name`, `type`, `organization`), `datelineCity`, `datelineCountry`, `language`, `hero` (`src`, `width`, `height`, `focal`), `heroAlt`, `heroCaption`, `heroCredit`, `story` (a story document, as in articles.ndjson), `seoTitle`, `seoDescription`. Older revisions may lack fields added since'],
    ],
  },
  {
    file: 'live-updates.ndjson',
    about: 'The timestamped updates of live coverage, each a record of its own, in id order.',
    fields: [
      ['id', 'The update\'s number'],
      ['articleId', 'The live article, by `id` in articles.ndjson'],
      ['status', '`draft` or `published`'],
      ['headline', 'Its own headline, or null'],
      ['keyEvent', 'true when marked as a key event'],
      ['pinned', 'true when pinned at the top'],
      ['postedAt', time('The time readers see; null for a draft')],
      ['editedAt', time('When a posted update last changed ("Updated HH:MM"); null if never')],
      ['createdAt', time('When it was created')],
      ['modifiedAt', time('Its last change of any kind')],
      ['version', 'How many times it was saved'],
      ...bylineFields('bylines'),
      ...storyFields,
    ],
  },
  {
    file: 'people.ndjson',
    about: 'The people and desks that bylines name, in id order. Newsroom accounts (e-mail, password, role) are not exported.',
    fields: [
      ['id', 'The number bylines refer to as `personId`'],
      ['slug', 'The address name of their page (`/author/<slug>`)'],
      ['name', 'Name as printed'],
      ['type', '`person` or `desk`'],
      ['role', 'Free text: "Reporter", "Jakarta correspondent"; null if none'],
      ['bio', 'A short biography; null if none'],
      ['photo', 'Their photo; null if none'],
      ['photo.src', 'Its address on the site (`/media/<name>`)'],
      ['photo.file', 'Its file in this export (`media/<name>`)'],
    ],
  },
  {
    file: 'feedback.ndjson',
    about: 'What readers sent about articles, in the order received. Nothing identifying the sender is exported.',
    fields: [
      ['id', 'The message\'s number'],
      ['articleId', 'The article it is about, by `id` in articles.ndjson'],
      ['message', 'The reader\'s text'],
      ['paragraphAnchor', 'The `id` of the story block it is about, or null for the whole article'],
      ['paragraphQuote', 'The words of that paragraph the reader saw, or null'],
      ['status', '`new`, `read`, `resolved` or `spam`'],
      ['createdAt', time('When it was received')],
    ],
  },
  {
    file: 'media.ndjson',
    about: 'One line per picture in `media/`: every picture the content refers to, with what the media library knows of it.',
    fields: [
      ['file', 'The file in this export (`media/<name>`)'],
      ['src', 'Its address on the site (`/media/<name>`), as articles, people and story image blocks refer to it'],
      ['bytes', 'The file\'s size'],
      ['sha256', 'SHA-256 of the file, in hexadecimal'],
      ['inLibrary', 'Whether it is in the media library; if not, the fields below are null and its words are on the article that uses it'],
      ['width', 'Width in pixels'],
      ['height', 'Height in pixels'],
      ['alt', 'Alternative text'],
      ['caption', 'Caption'],
      ['credit', 'Credit'],
      ['focal', 'The point the next use of the picture is cropped around'],
      ['focal.x', 'Across, as a fraction of the width (0 left, 1 right)'],
      ['focal.y', 'Down, as a fraction of the height (0 top, 1 bottom)'],
      ['createdAt', time('When it was added to the library')],
    ],
  },
];

/** Fields whose value is a document described elsewhere (story.schema.json, the revision snapshot), not field by field. */
export const documentFields = new Set(['story', 'snapshot', 'publication', 'counts']);

export function storyJsonSchema(): unknown {
  // Limits on the story's total size, checked in code, are not expressible here and are left out.
  return z.toJSONSchema(storySchema, { unrepresentable: 'any', io: 'output' });
}

export function exportReadme(publicationName: string): string {
  const sections = exportFiles.map(({ file, about, fields }) =>
    [`## ${file}`, '', about, '', '| field | meaning |', '|---|---|', ...fields.map(([name, meaning]) => `| \`${name}\` | ${meaning.replaceAll('|', '\\|')} |`)].join('\n'),
  );
  return `# ${publicationName}: an export of the publication

Everything the publication has published or is preparing, in open formats another system can
import: JSON Lines files (\`.ndjson\`: one JSON object per line, UTF-8), the pictures as files in
\`media/\`, this description, and \`story.schema.json\` (JSON Schema of the story document).
Objects refer to each other by number (\`articleId\`, \`personId\`) and to pictures by address
(\`/media/<name>\`, the file \`media/<name>\`). A field described as null may be null.

${sections.join('\n\n')}
`;
}

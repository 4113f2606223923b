// Another instance, for lib/media/two-instances.pg.test.ts: run with that instance's own
// MEDIA_DIR, `node --import tsx lib/media/test-upload-process.ts <picture file> <alt text>` stores
// the picture as the newsroom does (checked, stripped, re-encoded, added to the library) and
// prints the hero it made as JSON.
import fs from 'node:fs/promises';
import path from 'node:path';
import { closeDb } from '../db/client';
import { storeHeroUpload } from './hero-upload';
import { addToLibrary } from './library';

const [file = '', alt = ''] = process.argv.slice(2);
(async () => {
  const upload = await storeHeroUpload(new File([await fs.readFile(file)], path.basename(file), { type: 'image/jpeg' }));
  if (!upload.ok) throw new Error(upload.message);
  await addToLibrary({ ...upload.hero, alt, caption: null, credit: null }, null);
  console.log(JSON.stringify(upload.hero));
  await closeDb();
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

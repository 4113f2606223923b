import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

// Each test file gets its own real SQLite file and media folder, never the developer's data/.
const dir = path.join(os.tmpdir(), `dateline-unit-${randomUUID()}`);
process.env.SQLITE_PATH ??= path.join(dir, 'test.sqlite');
process.env.MEDIA_DIR ??= path.join(dir, 'media');

import 'server-only';
import { getDb } from './client';

export { getDb };
export type { Db } from './client';

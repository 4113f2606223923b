import { sections, type Section } from '../articles/sections';
import { sectionPath } from '../articles/urls';

// Which fronts there are: the home page and one per section. A front's key names it in the
// database and in its cache tag; the newsroom's address uses the section's slug ('home' for the
// home page; no section is called that).

export type FrontKey = 'home' | `section:${Section['slug']}`;

export interface FrontRef {
  key: FrontKey;
  /** Its segment in /editor/fronts/<param>. */
  param: string;
  name: string;
  section: Section | null;
  readerPath: string;
}

const home: FrontRef = {
  key: 'home',
  param: 'home',
  name: 'Home page',
  section: null,
  readerPath: '/',
};

export const fronts: FrontRef[] = [
  home,
  ...sections.map((section): FrontRef => ({
    key: `section:${section.slug}`,
    param: section.slug,
    name: section.name,
    section,
    readerPath: sectionPath(section.slug),
  })),
];

export function frontByParam(param: string): FrontRef | null {
  return fronts.find((f) => f.param === param) ?? null;
}

export function frontByKey(key: string): FrontRef | null {
  return fronts.find((f) => f.key === key) ?? null;
}

export const frontKeys = fronts.map((f) => f.key) as [FrontKey, ...FrontKey[]];

export const editorFrontPath = (front: Pick<FrontRef, 'param'>) => `/editor/fronts/${front.param}`;

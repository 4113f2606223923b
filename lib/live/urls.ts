/** Where open pages ask what changed: a small answer any cache may hold for a few seconds. */
export const livePollPath = (articleId: number) => `/live/${articleId}.json`;

/** Page `page` of an article's updates: the article itself for the first, then …/updates/2 on. */
export const livePagePath = (articlePath: string, page: number) => (page <= 1 ? articlePath : `${articlePath}/updates/${page}`);

/** A feed of the coverage's updates (RSS). */
export const liveFeedPath = (articleId: number) => `/live/${articleId}.xml`;

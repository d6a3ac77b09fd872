/** The items of each watched feed already taken in, by link: a feed that changes is read for its new items only. */
export const sql = `
CREATE TABLE feed_items (
  feed_url text NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
  link text NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (feed_url, link)
);
`;

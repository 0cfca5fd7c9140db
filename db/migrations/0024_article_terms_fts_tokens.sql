-- Term counts are now made the way FTS5's tokenizer splits words (lib/related-terms.ts): the stored ones
-- were made the old way. Without them a ranking counts a candidate's terms from its text, and the next
-- `npm run related:rebuild` stores them all again.
DELETE FROM `article_terms`;

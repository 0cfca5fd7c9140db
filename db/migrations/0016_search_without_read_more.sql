-- Search indexes a story's own words only: READ MORE boxes (another story's headline) no longer match or show
-- in snippets. Stories with one are dropped from the index here, and every server indexes what is missing
-- when it starts (instrumentation.ts), so they come back without the box's text.
DELETE FROM `article_search` WHERE `rowid` IN (SELECT `id` FROM `articles` WHERE `body` LIKE '%class="read-more"%');

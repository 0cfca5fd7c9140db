-- Full-text index of articles for search and related stories. rowid = articles.id.
-- porter stemming so "strike" matches "strikes"; remove_diacritics so "cafe" finds "Café".
-- The application keeps it in step with articles (bodies are indexed as plain text, not HTML).
CREATE VIRTUAL TABLE `article_search` USING fts5(title, summary, body, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
-- Per-term document counts, for picking an article's most distinctive terms.
CREATE VIRTUAL TABLE `article_search_terms` USING fts5vocab(article_search, 'row');

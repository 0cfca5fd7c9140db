DROP INDEX `articles_status_published_idx`;--> statement-breakpoint
DROP INDEX `articles_category_listing_idx`;--> statement-breakpoint
DROP INDEX `articles_author_listing_idx`;--> statement-breakpoint
CREATE INDEX `articles_listing_idx` ON `articles` (`published_at`,`id`,`status`);--> statement-breakpoint
CREATE INDEX `articles_category_listing_idx` ON `articles` (`category_id`,`published_at`,`id`,`status`);--> statement-breakpoint
CREATE INDEX `articles_author_listing_idx` ON `articles` (`author_id`,`published_at`,`id`,`status`);
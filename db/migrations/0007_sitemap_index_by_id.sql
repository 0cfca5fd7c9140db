DROP INDEX `articles_sitemap_idx`;--> statement-breakpoint
CREATE INDEX `articles_sitemap_idx` ON `articles` (`id`,`status`,`published_at`,`updated_at`,`category_id`,`slug`);
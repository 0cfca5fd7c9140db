CREATE TABLE `legacy_urls` (
	`path` text PRIMARY KEY NOT NULL,
	`article_id` integer,
	`category_id` integer,
	`tag_id` integer,
	`user_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "legacy_urls_one_target" CHECK(("legacy_urls"."article_id" is not null) + ("legacy_urls"."category_id" is not null) + ("legacy_urls"."tag_id" is not null) + ("legacy_urls"."user_id" is not null) = 1)
);
--> statement-breakpoint
CREATE INDEX `legacy_urls_article_idx` ON `legacy_urls` (`article_id`);--> statement-breakpoint
CREATE TABLE `wordpress_posts` (
	`site` text NOT NULL,
	`post_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`source_hash` text NOT NULL,
	PRIMARY KEY(`site`, `post_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wordpress_posts_article_unique` ON `wordpress_posts` (`article_id`);
CREATE TABLE `related_articles` (
	`article_id` integer NOT NULL,
	`related_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`score` real NOT NULL,
	`reason` text DEFAULT '{}' NOT NULL,
	PRIMARY KEY(`article_id`, `related_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`related_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `related_articles_rank_idx` ON `related_articles` (`article_id`,`rank`);--> statement-breakpoint
CREATE INDEX `related_articles_related_idx` ON `related_articles` (`related_id`);--> statement-breakpoint
CREATE TABLE `related_pins` (
	`article_id` integer NOT NULL,
	`related_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `related_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`related_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);

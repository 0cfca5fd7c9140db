CREATE TABLE `article_bylines` (
	`article_id` integer NOT NULL,
	`profile_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`article_id`, `profile_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`profile_id`) REFERENCES `byline_profiles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `article_bylines_profile_idx` ON `article_bylines` (`profile_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `byline_profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	`photo_media_id` integer,
	`website_url` text DEFAULT '' NOT NULL,
	`public_email` text DEFAULT '' NOT NULL,
	`social_links` text DEFAULT '[]' NOT NULL,
	`user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`photo_media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `byline_profiles_slug_unique` ON `byline_profiles` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `byline_profiles_user_unique` ON `byline_profiles` (`user_id`);--> statement-breakpoint
CREATE INDEX `byline_profiles_name_idx` ON `byline_profiles` (`name`);--> statement-breakpoint
ALTER TABLE `revisions` ADD `byline_profile_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- Every account gets its profile under its current author slug, so /author/<slug> addresses keep working.
INSERT INTO `byline_profiles` (`slug`, `name`, `bio`, `user_id`) SELECT `slug`, `name`, `bio`, `id` FROM `users`;--> statement-breakpoint
-- Every story keeps the byline it had: the account that created it.
INSERT INTO `article_bylines` (`article_id`, `profile_id`, `position`) SELECT `a`.`id`, `p`.`id`, 0 FROM `articles` `a` JOIN `byline_profiles` `p` ON `p`.`user_id` = `a`.`author_id`;

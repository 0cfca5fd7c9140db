CREATE TABLE `breaking_news` (
	`id` integer PRIMARY KEY NOT NULL,
	`headline` text NOT NULL,
	`article_id` integer,
	`url` text,
	`text` text DEFAULT '' NOT NULL,
	`active` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`set_by` integer,
	`set_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "breaking_news_single_row" CHECK(id = 1)
);
--> statement-breakpoint
CREATE TABLE `front_page_sections` (
	`category_id` integer PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`shown` integer NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `front_page_slots` (
	`slot` text NOT NULL,
	`position` integer NOT NULL,
	`article_id` integer NOT NULL,
	`pinned_until` integer,
	`set_by` integer,
	`set_at` integer NOT NULL,
	PRIMARY KEY(`slot`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `front_page_slots_until_idx` ON `front_page_slots` (`pinned_until`);
ALTER TABLE `articles` ADD `trashed_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `trashed_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `articles` ADD `status_before_trash` text;--> statement-breakpoint
CREATE INDEX `articles_trashed_idx` ON `articles` (`trashed_at`);--> statement-breakpoint
ALTER TABLE `revisions` ADD `autosaved_since` integer;
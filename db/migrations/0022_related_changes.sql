CREATE TABLE `related_changes` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`sequence` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `related_changes_sequence_idx` ON `related_changes` (`sequence`);
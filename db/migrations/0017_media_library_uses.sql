CREATE TABLE `article_media` (
	`article_id` integer NOT NULL,
	`media_id` integer NOT NULL,
	`place` text NOT NULL,
	PRIMARY KEY(`article_id`, `media_id`, `place`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_media_media_idx` ON `article_media` (`media_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `media_originals` (
	`media_id` integer PRIMARY KEY NOT NULL,
	`data` blob NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `byline_profiles_photo_idx` ON `byline_profiles` (`photo_media_id`);--> statement-breakpoint
-- The originals move to their own table before `data` goes (drizzle-kit put the DROP alone; it must come after this copy).
INSERT INTO `media_originals` (`media_id`, `data`) SELECT `id`, `data` FROM `media`;--> statement-breakpoint
ALTER TABLE `media` DROP COLUMN `data`;--> statement-breakpoint
-- Where each picture is already used: as a featured image, and in bodies (every src="/media/{key}", walked with instr).
INSERT OR IGNORE INTO `article_media` (`article_id`, `media_id`, `place`)
SELECT `articles`.`id`, `media`.`id`, 'featured' FROM `articles`
JOIN `media` ON `media`.`key` = substr(`articles`.`featured_image_url`, 8)
WHERE `articles`.`featured_image_url` LIKE '/media/%';--> statement-breakpoint
INSERT OR IGNORE INTO `article_media` (`article_id`, `media_id`, `place`)
WITH RECURSIVE `found` (`article_id`, `rest`) AS (
	SELECT `id`, substr(`body`, instr(`body`, 'src="/media/') + 12) FROM `articles` WHERE instr(`body`, 'src="/media/') > 0
	UNION ALL
	SELECT `article_id`, substr(`rest`, instr(`rest`, 'src="/media/') + 12) FROM `found` WHERE instr(`rest`, 'src="/media/') > 0
)
SELECT `found`.`article_id`, `media`.`id`, 'body' FROM `found`
JOIN `media` ON `media`.`key` = substr(`found`.`rest`, 1, instr(`found`.`rest`, '"') - 1);

ALTER TABLE `media` ADD `alt_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `caption` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `credit` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `focal_x` real DEFAULT 0.5 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `focal_y` real DEFAULT 0.5 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `source_url` text;--> statement-breakpoint
CREATE INDEX `media_library_idx` ON `media` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `media_uploader_idx` ON `media` (`uploaded_by`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `media_source_idx` ON `media` (`source_url`);--> statement-breakpoint
-- The library starts with what stories already say of their pictures: a featured image's alt text becomes its item's.
UPDATE `media` SET `alt_text` = (
	SELECT `featured_image_alt` FROM `articles`
	WHERE `featured_image_url` = '/media/' || `media`.`key` AND `featured_image_alt` <> ''
	ORDER BY `updated_at` DESC LIMIT 1
) WHERE EXISTS (
	SELECT 1 FROM `articles` WHERE `featured_image_url` = '/media/' || `media`.`key` AND `featured_image_alt` <> ''
);

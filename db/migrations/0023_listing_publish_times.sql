-- Tag and author pages list a tag's or a profile's stories newest first. Each link row now carries its
-- article's publish time, so SQLite walks (tag_id, published_at, article_id) in order and a page costs the
-- same at any depth and for a tag of any size, instead of sorting all of the tag's stories per page.
-- The two indexes they replace were (key, article_id): the new ones serve every lookup those did.
-- Triggers keep the copy: every write path (editor, importers, scripts, raw SQL) is covered by the database.
DROP INDEX `article_bylines_profile_idx`;--> statement-breakpoint
DROP INDEX `article_tags_tag_idx`;--> statement-breakpoint
ALTER TABLE `article_bylines` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `article_tags` ADD `published_at` integer;--> statement-breakpoint
UPDATE `article_bylines` SET `published_at` = (SELECT `published_at` FROM `articles` WHERE `articles`.`id` = `article_bylines`.`article_id`);--> statement-breakpoint
UPDATE `article_tags` SET `published_at` = (SELECT `published_at` FROM `articles` WHERE `articles`.`id` = `article_tags`.`article_id`);--> statement-breakpoint
CREATE INDEX `article_bylines_listing_idx` ON `article_bylines` (`profile_id`,`published_at`,`article_id`);--> statement-breakpoint
CREATE INDEX `article_tags_listing_idx` ON `article_tags` (`tag_id`,`published_at`,`article_id`);--> statement-breakpoint
CREATE TRIGGER `article_tags_copy_published_at` AFTER INSERT ON `article_tags` BEGIN
  UPDATE `article_tags` SET `published_at` = (SELECT `published_at` FROM `articles` WHERE `id` = NEW.`article_id`)
  WHERE `article_id` = NEW.`article_id` AND `tag_id` = NEW.`tag_id`;
END;--> statement-breakpoint
CREATE TRIGGER `article_bylines_copy_published_at` AFTER INSERT ON `article_bylines` BEGIN
  UPDATE `article_bylines` SET `published_at` = (SELECT `published_at` FROM `articles` WHERE `id` = NEW.`article_id`)
  WHERE `article_id` = NEW.`article_id` AND `profile_id` = NEW.`profile_id`;
END;--> statement-breakpoint
CREATE TRIGGER `articles_published_at_to_links` AFTER UPDATE OF `published_at` ON `articles`
WHEN NEW.`published_at` IS NOT OLD.`published_at` BEGIN
  UPDATE `article_tags` SET `published_at` = NEW.`published_at` WHERE `article_id` = NEW.`id`;
  UPDATE `article_bylines` SET `published_at` = NEW.`published_at` WHERE `article_id` = NEW.`id`;
END;

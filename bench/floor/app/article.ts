import fs from 'node:fs';

/** The benchmark's article, written by bench/lib/floor.ts before it starts this server. */
export interface FloorArticle {
  title: string;
  summary: string;
  byline: string;
  published: string;
  sections: string[];
  body: string;
}

const file = process.env.FLOOR_ARTICLE_FILE;

// Read once when the server starts: the floor renders from memory, never from disk or a database.
export const floorArticle: FloorArticle = file
  ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FloorArticle)
  : { title: 'Floor', summary: '', byline: '', published: '', sections: [], body: '<p>No article file given.</p>' };

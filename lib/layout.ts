/** The reader layout's widths in CSS pixels, as app/globals.css sets them, for pictures' `sizes`. */

/** `.site-main`: at most 1200 px wide, 1 rem padding each side. */
export const PAGE_CONTENT_WIDTH = 1168;
/** `.page-with-aside`: the aside is 300 px, the gap 2.5 rem. */
export const MAIN_COLUMN_WIDTH = PAGE_CONTENT_WIDTH - 300 - 40;

import { getSiteClock } from '@/db/settings';
import { getSiteConfig } from '@/lib/site';
import { wallTimeOf } from '@/lib/site-time';

export async function SiteFooter() {
  const { siteName } = getSiteConfig();
  const { timeZone } = await getSiteClock();
  return (
    <footer className="site-footer">
      <p>
        © {wallTimeOf(new Date(), timeZone).year} {siteName}. All rights reserved.
      </p>
    </footer>
  );
}

import { getSiteConfig } from '@/lib/site';

export function SiteFooter() {
  const { siteName } = getSiteConfig();
  return (
    <footer className="site-footer">
      <p>
        © {new Date().getUTCFullYear()} {siteName}. All rights reserved.
      </p>
    </footer>
  );
}

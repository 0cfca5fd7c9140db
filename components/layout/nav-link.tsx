'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A navigation link marked aria-current="page" where the reader is: on its own address, and for a
 * section on its stories too (/world marks /world/some-story). Rendered on the server as well, so the
 * mark is there without JavaScript.
 */
export function NavLink({ href, children, matchChildren = false }: { href: string; children: ReactNode; matchChildren?: boolean }) {
  const pathname = usePathname() ?? '';
  const current = pathname === href || (matchChildren && href !== '/' && pathname.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

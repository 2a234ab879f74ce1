import { useEffect, useRef, type ReactNode } from 'react';
import { useRouterState } from '@tanstack/react-router';

/**
 * A section menu (admin, reports): one row that scrolls sideways on a phone instead of wrapping into many rows.
 * The current page's link is scrolled into view so the user sees where they are. Children are the <li> items.
 */
export function SubNav({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const list = useRef<HTMLUListElement>(null);
  const path = useRouterState({ select: (s) => s.location.pathname });
  useEffect(() => {
    const ul = list.current;
    const active = ul?.querySelector<HTMLElement>('a[data-status="active"]');
    if (!ul || !active || ul.scrollWidth <= ul.clientWidth) return;
    const left = active.offsetLeft - ul.offsetLeft;
    // Only sideways: scrollIntoView would also move the page.
    if (left < ul.scrollLeft || left + active.offsetWidth > ul.scrollLeft + ul.clientWidth) ul.scrollLeft = Math.max(0, left - 16);
  }, [path]);
  return (
    <nav aria-label={label} className={`sub-nav${className ? ` ${className}` : ''}`}>
      <ul ref={list}>{children}</ul>
    </nav>
  );
}

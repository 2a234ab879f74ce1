import { useEffect, useRef, type ReactNode } from 'react';

// The first page keeps focus at the top (so the skip link comes first); later pages move focus to their heading.
let firstPage = true;

/** A page: its heading takes focus on arrival so screen-reader users hear where they are. */
export function Page({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Kshamata`;
  }, [title]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <div className="page">
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </div>
  );
}

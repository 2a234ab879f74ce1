import { useEffect, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { Nav } from './Nav';

const NAV_ID = 'site-nav';

/**
 * The site header: one row with the name, the language switch and (below 48rem) a "Menu" disclosure button that shows
 * the navigation. The links stay in the DOM (hidden while closed), so the navigation landmark is always there; the
 * menu closes on Escape (focus back on the button), on navigation, and when focus or a tap goes elsewhere.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const href = useRouterState({ select: (s) => s.location.href });
  const [shownFor, setShownFor] = useState(href);
  if (shownFor !== href) {
    // A new address (a link, back or forward): the menu has done its job.
    setShownFor(href);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !header.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  // Tabbing out of the header (past the last link) closes the menu so it no longer covers the page.
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if (open && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
  };
  // A link to the page already shown does not change the address: close on any link.
  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (e.target instanceof Element && e.target.closest('a')) setOpen(false);
  };

  return (
    <header className={`site-header${open ? ' menu-open' : ''}`} ref={header} onBlur={onBlur} onClick={onClick}>
      <div className="header-row">
        <Link to="/" className="brand">
          Kshamata
          <span className="brand-alt">
            {' '}
            <span aria-hidden="true">/</span> <span lang="hi">क्षमता</span>
          </span>
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          <button
            type="button"
            className="menu-button"
            ref={button}
            aria-expanded={open}
            aria-controls={NAV_ID}
            data-testid="menu-button"
            onClick={() => setOpen((v) => !v)}
          >
            <span aria-hidden="true" className="menu-icon">{open ? '✕' : '☰'}</span> {t('nav.menu')}
          </button>
        </div>
      </div>
      <Nav id={NAV_ID} />
    </header>
  );
}

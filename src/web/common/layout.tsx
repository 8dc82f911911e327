import type { ComponentChildren } from 'preact';
import { assetUrl } from './assets.js';
import { CITIZEN_NAV, type NavItem } from './site-nav.js';

/** The office a page speaks for: its name at the top, its address and phone in the footer. */
export interface SiteOffice {
  /** "Ủy ban nhân dân phường Hồng Bàng" (agencyName of the unit); the city's when the page is not about one unit. */
  agency: string;
  /** Where citizens are received (venue name and address). */
  address?: string | null;
  phone?: string | null;
}

export interface LayoutProps {
  /** The page's <title> (the site name is added after it). */
  title: string;
  office: SiteOffice;
  /** The path of the current page, to mark its navigation link. */
  current?: string;
  nav?: NavItem[];
  children: ComponentChildren;
}

export const SITE_NAME = 'Tiếp công dân';
/** The page explaining how personal data is used (Decree 13/2023/NĐ-CP). */
export const DATA_USE_PATH = '/du-lieu-ca-nhan';

/**
 * Every page of the website: lang="vi", a skip link, header (the agency's name), navigation, main and footer
 * (address, phone, how personal data is used). No inline script or style (the CSP forbids them): one stylesheet and
 * one small script, both optional for the page to work.
 */
export function Layout({ title, office, current, nav = CITIZEN_NAV, children }: LayoutProps) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${SITE_NAME}`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <script src={assetUrl('site.js')} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header class="site-header">
          <div class="wrap">
            <p class="site-agency">{office.agency}</p>
            <p class="site-name">{SITE_NAME}</p>
          </div>
        </header>
        <nav class="site-nav" aria-label="Điều hướng chính">
          <ul class="wrap">
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="noi-dung" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              <strong>{office.agency}</strong>
            </p>
            {office.address ? <p>Địa điểm tiếp công dân: {office.address}</p> : null}
            {office.phone ? (
              <p>
                Điện thoại: <a href={`tel:${office.phone.replace(/[^0-9+]/g, '')}`}>{office.phone}</a>
              </p>
            ) : null}
            <p>
              <a href={DATA_USE_PATH}>Cách sử dụng và bảo vệ dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

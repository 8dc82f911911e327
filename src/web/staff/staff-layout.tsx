import type { ComponentChildren } from 'preact';
import { assetUrl } from '../common/assets.js';
import { CsrfField } from '../common/forms.js';
import type { StaffUser } from './staff-controller.js';
import type { StaffNavItem } from './staff-nav.js';
import { SEARCH_PATH, SIGN_OUT_PATH, STAFF_PREFIX } from './staff-paths.js';

export const WORKSPACE_NAME = 'Tiếp công dân – Cán bộ';

/** Who is signed in and what they may open (built by StaffFrameService for every page). */
export interface StaffFrame {
  user: StaffUser;
  displayName: string;
  roleLabel: string;
  unitName: string;
  nav: StaffNavItem[];
  current?: string;
  csrf: string;
}

export interface Crumb {
  href?: string;
  label: string;
}

export interface StaffLayoutProps {
  title: string;
  frame: StaffFrame;
  /** The trail above the title; the workspace's home is added in front. */
  crumbs?: Crumb[];
  children: ComponentChildren;
}

/** The breadcrumbs of a page: the workspace home, then `crumbs`; the last one is the current page (no link). */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const all: Crumb[] = [{ href: STAFF_PREFIX, label: 'Trang chủ' }, ...crumbs];
  return (
    <nav class="breadcrumbs" aria-label="Vị trí trang">
      <ol>
        {all.map((c, i) =>
          i === all.length - 1 || !c.href ? (
            <li key={i} aria-current={i === all.length - 1 ? 'page' : undefined}>
              {c.label}
            </li>
          ) : (
            <li key={i}>
              <a href={c.href}>{c.label}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/**
 * Every page of the staff workspace: lang="vi", skip link, a header with the signed-in person (name, roles, unit), a
 * sign-out button (a form post), the petition search box, the navigation of the person's roles, breadcrumbs, main.
 * Same stylesheet and script as the citizens' site; no inline script or style.
 */
export function StaffLayout({ title, frame, crumbs, children }: StaffLayoutProps) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${WORKSPACE_NAME}`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <script src={assetUrl('site.js')} defer></script>
      </head>
      <body class="staff">
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header class="site-header staff-header">
          <div class="wrap staff-header-row">
            <div>
              <p class="site-agency">{frame.unitName}</p>
              <p class="site-name">{WORKSPACE_NAME}</p>
            </div>
            <div class="staff-user">
              <p>
                <strong>{frame.displayName}</strong> <span class="staff-roles">({frame.roleLabel})</span>
              </p>
              <form method="post" action={SIGN_OUT_PATH} class="inline-form">
                <CsrfField token={frame.csrf} />
                <button type="submit" class="button button--secondary button--small">
                  Đăng xuất
                </button>
              </form>
            </div>
          </div>
        </header>
        <nav class="site-nav" aria-label="Điều hướng chính">
          <ul class="wrap">
            {frame.nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={item.href === frame.current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="wrap staff-tools">
          <form method="get" action={SEARCH_PATH} role="search" class="staff-search">
            <label for="tim-ho-so">Tìm hồ sơ theo mã tra cứu hoặc họ tên công dân</label>
            <input id="tim-ho-so" name="q" type="search" maxLength={120} autoComplete="off" />
            <button type="submit" class="button button--secondary button--small">
              Tìm
            </button>
          </form>
          {crumbs && crumbs.length > 0 ? <Breadcrumbs crumbs={crumbs} /> : null}
        </div>
        <main id="noi-dung" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              Dữ liệu cá nhân của công dân chỉ được dùng cho việc tiếp công dân và giải quyết đơn (Nghị định
              13/2023/NĐ-CP). Mọi thao tác đều được ghi nhật ký.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
